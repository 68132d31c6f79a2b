@simple-pirate @queue
Feature: Simple Pirate queue: requests to ready workers, replies back to their clients
  digest §11: Lazy Pirate clients on the frontend, REQ workers on the
  backend. A worker says READY; a client's request goes to it as
  [""][ID(c)][""][body] (SPP-9); its reply goes back to that client without
  the worker's envelope (SPP-10). The suite's workers are DEALERs framed as
  REQ, so a message the Guide's REQ worker would hide shows.

  @SPP-9 @must @SPP-10 @SPP-1
  Scenario: A request reaches the worker with the client's envelope, and the reply reaches the client
    When worker "w1" sends READY
    And client "c1" sends the request "hello"
    Then worker "w1" receives the request "hello" from client "c1" within the reply timeout
    When worker "w1" sends the reply "HELLO"
    Then client "c1" receives the reply "HELLO" within the reply timeout

  @SPP-10 @must
  Scenario: Each reply goes to the client whose request it answers
    When worker "w1" sends READY
    And client "c1" sends the request "one"
    Then worker "w1" receives the request "one" from client "c1" within the reply timeout
    When worker "w2" sends READY
    And client "c2" sends the request "two"
    Then worker "w2" receives the request "two" from client "c2" within the reply timeout
    When worker "w1" sends the reply "ONE"
    And worker "w2" sends the reply "TWO"
    Then client "c1" receives the reply "ONE" within the reply timeout
    And client "c2" receives the reply "TWO" within the reply timeout

  @SPP-11 @must @SPP-16
  Scenario: A request sent while no worker is ready waits for the first one
    When client "c1" sends the request "early"
    And worker "w1" sends READY
    Then worker "w1" receives the request "early" from client "c1" within the reply timeout

  @SPP-13 @must
  Scenario: A reply for a client that reopened its socket never reaches the new one
    When worker "w1" sends READY
    And client "c1" sends the request "1"
    Then worker "w1" receives the request "1" from client "c1" within the reply timeout
    When client "c1" vanishes
    And client "c1 again" sends the request "2"
    And worker "w1" sends the reply "1"
    Then client "c1 again" receives nothing for the reply timeout
    And worker "w1" receives the request "2" from client "c1 again" within the reply timeout
    When worker "w1" sends the reply "2"
    Then client "c1 again" receives the reply "2" within the reply timeout
