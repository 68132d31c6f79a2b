@mdp-0.1 @worker
Feature: Worker heartbeating and reconnection
  7/MDP "Heartbeating": a worker must heartbeat at the agreed interval, must treat
  a broker silent for a multiple of it as gone, and should then start a new
  conversation; every command from the broker counts as a heartbeat.

  @MDP-43 @must @MDP-19 @MDP-21
  Scenario: An idle worker sends HEARTBEAT at the agreed interval
    Given the worker under test has registered for service "echo"
    Then the worker sends 3 HEARTBEATs, each within 1.5 heartbeat intervals of the last

  @MDP-43 @must @claims-busy-worker
  Scenario: A busy worker keeps sending HEARTBEAT
    Given the worker under test has registered for service "echo"
    When the broker sends a REQUEST from client "c1" with body "busy"
    Then the busy worker sends 2 HEARTBEATs, each within 1.5 heartbeat intervals of the last, before its answer
    And the worker sends a REPLY for client "c1" within the reply timeout

  @MDP-44 @must @MDP-45
  Scenario: A silent broker -> READY on a new connection
    Given the worker under test has registered for service "echo"
    When the broker goes silent
    Then the worker sends READY on a new connection within the reconnect time

  @MDP-41 @must
  Scenario: REQUEST traffic alone keeps the worker connected
    Given the worker under test has registered for service "echo"
    When the broker sends only REQUESTs, no HEARTBEAT, for 2 expiry times
    Then the worker keeps its connection for 1 heartbeat interval
