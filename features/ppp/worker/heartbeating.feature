@ppp @worker
Feature: Worker heartbeating, liveness and reconnection
  6/PPP "Heartbeating": the worker should heartbeat at the agreed interval
  (PPP-8) with the one-frame HEARTBEAT 0x02 (PPP-3); it may count a queue
  silent for a multiple of it as gone (PPP-11), and then must send READY
  again to open a new conversation (PPP-12).

  @PPP-8 @should @PPP-3
  Scenario: An idle worker sends HEARTBEAT at the agreed interval
    Given the worker under test has sent READY
    Then the worker sends 3 HEARTBEATs, each within 1.5 heartbeat intervals of the last

  @PPP-8 @should @claims-busy-worker
  Scenario: A busy worker keeps sending HEARTBEAT
    Given the worker under test has sent READY
    When the queue sends a REQUEST from client "c1" with content "busy"
    Then the busy worker sends 2 HEARTBEATs, each within 1.5 heartbeat intervals of the last
    And the worker sends a REPLY for client "c1" within the reply timeout

  @PPP-11 @may @PPP-12 @PPP-1
  Scenario: A silent queue -> READY on a new connection
    Given the worker under test has sent READY
    When the queue goes silent
    Then the worker is back with READY on a new connection within the reconnect time

  @PPP-11 @may
  Scenario: A queue that heartbeats keeps the worker's conversation
    Given the worker under test has sent READY
    Then the worker keeps its connection for 2 expiry times
