@simple-pirate @queue
Feature: Simple Pirate queue: the ready list
  digest §11.3: every message from a worker puts it at the tail of the
  ready list (SPP-6); a request goes to the head, the worker ready longest,
  which leaves the list until it replies (SPP-7, SPP-8). The queue sends
  nothing of its own (SPP-12).

  @SPP-7 @must @SPP-6
  Scenario: A request goes to the worker ready longest
    When worker "w1" sends READY
    And client "c1" sends the request "a"
    Then worker "w1" receives the request "a" from client "c1" within the reply timeout
    When worker "w2" sends READY
    And client "c2" sends the request "b"
    Then worker "w2" receives the request "b" from client "c2" within the reply timeout
    When worker "w2" sends the reply "b"
    Then client "c2" receives the reply "b" within the reply timeout
    When worker "w1" sends the reply "a"
    Then client "c1" receives the reply "a" within the reply timeout
    When client "c3" sends the request "c"
    Then worker "w2" receives the request "c" from client "c3" within the reply timeout

  @SPP-8 @must
  Scenario: A worker holding a request gets nothing more until it replies
    When worker "w1" sends READY
    And client "c1" sends the request "first"
    Then worker "w1" receives the request "first" from client "c1" within the reply timeout
    When client "c2" sends the request "second"
    Then worker "w1" receives nothing for the reply timeout
    When worker "w1" sends the reply "first"
    Then worker "w1" receives the request "second" from client "c2" within the reply timeout

  @SPP-12 @must-not @SPP-9
  Scenario: An idle worker gets nothing from the queue itself
    When worker "w1" sends READY
    Then worker "w1" receives nothing for the reply timeout
    When client "c1" sends the request "proof"
    Then worker "w1" receives the request "proof" from client "c1" within the reply timeout
