@ppp @queue
Feature: Queue: client requests to workers as REQUEST, replies back to their clients
  6/PPP in the Guide's topology (digest §1.2): Lazy Pirate clients on the
  frontend, workers on the backend. A client's request reaches a worker as a
  REQUEST whose address stack names the client (PPP-4); the worker's REPLY
  goes back to that client, on the connection the request came in on: to
  its clients the queue stands in for the REP server (LPC-17).

  @PPP-4 @must @LPC-17 @PPP-15
  Scenario: A request reaches a worker as REQUEST and the REPLY reaches its client
    Given worker "w1" has sent READY
    When client "c1" sends the request "hello"
    Then worker "w1" receives the request "hello" within the reply timeout
    When worker "w1" sends the REPLY "HELLO"
    Then client "c1" receives the reply "HELLO" within the reply timeout

  @LPC-17 @must @PPP-4
  Scenario: Each reply goes to the client whose request it answers
    Given worker "w1" has sent READY
    And worker "w2" has sent READY
    When client "c1" sends the request "one"
    Then worker "w1" receives the request "one" within the reply timeout
    When client "c2" sends the request "two"
    Then worker "w2" receives the request "two" within the reply timeout
    When worker "w1" sends the REPLY "ONE"
    Then client "c1" receives the reply "ONE" within the reply timeout
    When worker "w2" sends the REPLY "TWO"
    Then client "c2" receives the reply "TWO" within the reply timeout

  @PPP-7 @must
  Scenario: A worker gets no second REQUEST before its REPLY
    Given worker "w1" has sent READY
    When client "c1" sends the request "first"
    Then worker "w1" receives the request "first" within the reply timeout
    When client "c2" sends the request "second"
    Then worker "w1" receives no other request for the quiet period
    When worker "w1" sends the REPLY "first"
    Then worker "w1" receives the request "second" within the reply timeout

  @PPP-16 @may
  Scenario: The request of a worker that died goes to another worker
    Given worker "w1" has sent READY
    When client "c1" sends the request "orphan"
    Then worker "w1" receives the request "orphan" within the reply timeout
    When worker "w1" drops its connection
    And worker "w2" sends READY
    Then worker "w2" receives the request "orphan" within 2 expiry times
