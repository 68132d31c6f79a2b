@mdp-0.2 @broker
Feature: Broker heartbeating
  18/MDP "Heartbeating": broker and worker must send heartbeats at regular,
  agreed intervals, treat a peer silent for a multiple of the interval as
  disconnected, and count every command but DISCONNECT as a heartbeat.

  @MDP2-45 @must @MDP2-21
  Scenario: An idle worker gets HEARTBEAT at the agreed interval
    Given worker "w1" has sent READY for service "echo"
    Then worker "w1" receives 3 HEARTBEATs, each within 1.5 heartbeat intervals of the last

  @MDP2-46 @must
  Scenario: A silent worker is treated as disconnected
    Given worker "w1" has sent READY for service "echo"
    When worker "w1" goes silent
    And the expiry time passes
    And worker "w2" has sent READY for service "echo"
    And client "c1" sends a REQUEST for service "echo" with body "first"
    Then worker "w2" receives a REQUEST from client "c1" with body "first" within the reply timeout
    When client "c2" sends a REQUEST for service "echo" with body "second"
    Then worker "w1" receives no REQUEST within the quiet period

  @MDP2-48 @should
  Scenario: The broker stops heartbeating a worker it found dead
    Given worker "w1" has sent READY for service "echo"
    And worker "w1" has received a HEARTBEAT within 1.5 heartbeat intervals
    When worker "w1" goes silent
    And the expiry time passes
    Then worker "w1" receives nothing at all for 3 heartbeat intervals

  @MDP2-46 @must @MDP2-43
  Scenario: A worker that keeps heartbeating is never expired
    Given worker "w1" has sent READY for service "echo"
    When 1.5 expiry times pass
    And client "c1" sends a REQUEST for service "echo" with body "still there?"
    Then worker "w1" receives a REQUEST from client "c1" with body "still there?" within the reply timeout

  @MDP2-43 @must
  Scenario: FINAL traffic counts as heartbeating
    Given worker "w1" has sent READY for service "echo" and sends no HEARTBEAT
    When client "c1" keeps worker "w1" busy with requests for service "echo" for 1.5 expiry times
    And client "c1" sends a REQUEST for service "echo" with body "last one"
    Then worker "w1" receives a REQUEST from client "c1" with body "last one" within the reply timeout
