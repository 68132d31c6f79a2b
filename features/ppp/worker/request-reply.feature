@ppp @worker
Feature: Worker: READY, then one REPLY per REQUEST
  6/PPP: the worker opens every conversation with READY, one frame 0x01
  (PPP-1, PPP-2), then answers each REQUEST with exactly one REPLY that
  carries the REQUEST's address stack and its empty delimiter (PPP-5,
  PPP-6), pair after pair (PPP-7).

  @PPP-1 @must @PPP-2
  Scenario: The worker opens with READY
    When the worker under test is started
    Then it sends READY as its first message

  @PPP-5 @must @PPP-6 @PPP-7
  Scenario: A REQUEST gets exactly one REPLY with its address stack
    Given the worker under test has sent READY
    When the queue sends a REQUEST from client "c1" with content "hello"
    Then the worker sends a REPLY for client "c1" within the reply timeout
    And the worker sends no other REPLY for the quiet period

  @PPP-5 @must
  Scenario: An address stack of two frames comes back whole
    Given the worker under test has sent READY
    When the queue sends a REQUEST through hops "hop-b" and "c1" with content "hello"
    Then the worker sends a REPLY through hops "hop-b" and "c1" within the reply timeout

  @PPP-7 @must @PPP-6
  Scenario: Requests are answered one after another
    Given the worker under test has sent READY
    When the queue sends a REQUEST from client "c1" with content "one"
    Then the worker sends a REPLY for client "c1" within the reply timeout
    When the queue sends a REQUEST from client "c2" with content "two"
    Then the worker sends a REPLY for client "c2" within the reply timeout
    When the queue sends a REQUEST from client "c3" with content "three"
    Then the worker sends a REPLY for client "c3" within the reply timeout
