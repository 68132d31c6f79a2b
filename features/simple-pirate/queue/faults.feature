@simple-pirate @queue @faults
Feature: Simple Pirate queue restarted
  digest §11.1: the queue is a single point of failure and keeps nothing.
  Killed and started again, it knows no worker: workers connected before
  never say READY again and stay unused (SPP-18); a worker that says READY
  is served.

  @SPP-9 @must @SPP-18 @controls-iut
  Scenario: A restarted queue serves a worker that says READY
    When worker "w1" sends READY
    And client "c0" sends the request "before"
    Then worker "w1" receives the request "before" from client "c0" within the reply timeout
    When worker "w1" sends the reply "before"
    Then client "c0" receives the reply "before" within the reply timeout
    When the queue crashes and restarts on the same endpoints
    And worker "w2" sends READY
    And client "c1" sends the request "after the restart"
    Then worker "w2" receives the request "after the restart" from client "c1" within the reply timeout
