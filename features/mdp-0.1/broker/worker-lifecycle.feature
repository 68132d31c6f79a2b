@mdp-0.1 @broker
Feature: Broker enforces the worker connection life cycle
  7/MDP "Connection life cycle": a valid but unexpected command gets DISCONNECT
  and then silence; after a worker's DISCONNECT the broker sends it nothing.

  @MDP-33 @must @MDP-20
  Scenario: A second READY on the same connection -> DISCONNECT, then silence
    Given worker "w1" has sent READY for service "echo"
    When worker "w1" sends READY for service "echo"
    Then worker "w1" receives DISCONNECT within the reply timeout
    And worker "w1" receives nothing at all for the quiet period

  @MDP-33 @must @MDP-40
  Scenario: HEARTBEAT before READY -> DISCONNECT
    When worker "w1" sends HEARTBEAT
    Then worker "w1" receives DISCONNECT within the reply timeout
    And worker "w1" receives nothing at all for the quiet period

  @MDP-33 @must
  Scenario: REPLY from a worker that never sent READY -> DISCONNECT
    When worker "w1" sends a REPLY for client "nobody" with body "unasked"
    Then worker "w1" receives DISCONNECT within the reply timeout
    And worker "w1" receives nothing at all for the quiet period

  @MDP-31 @must
  Scenario: After a worker's DISCONNECT the broker sends it nothing
    Given worker "w1" has sent READY for service "echo"
    And worker "w1" has received a HEARTBEAT within 1.5 heartbeat intervals
    When worker "w1" sends DISCONNECT
    Then worker "w1" receives nothing at all for 3 heartbeat intervals

  @MDP-31 @must @MDP-46
  Scenario: A disconnected worker gets no more requests
    Given worker "w1" has sent READY for service "echo"
    And worker "w2" has sent READY for service "echo"
    When worker "w1" sends DISCONNECT
    # DISCONNECT and the next message travel on different connections: no order between them
    And 1 heartbeat interval passes
    And client "c1" sends a REQUEST for service "echo" with body "first"
    Then worker "w2" receives a REQUEST from client "c1" with body "first" within the reply timeout
    When client "c2" sends a REQUEST for service "echo" with body "second"
    Then worker "w1" receives no REQUEST within the quiet period
