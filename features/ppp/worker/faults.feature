@ppp @worker @faults
Feature: Worker survives a queue crash, its own freeze and a network partition
  The suite plays a queue that loses the worker: it crashes and restarts on
  the same endpoint, gives up on a worker frozen with SIGSTOP, or is cut off
  by a partition. A queue that knows nothing of a connection sends nothing
  to it; the worker must notice the silence (PPP-11) and open a new
  conversation with READY (PPP-12).

  @PPP-11 @may @PPP-12 @PPP-1
  Scenario: The queue crashes and restarts: the worker is back with READY
    Given the worker under test has sent READY
    When the queue crashes and restarts on the same endpoint
    Then the worker is back with READY on a new connection within the reconnect time

  @PPP-11 @may @PPP-12 @controls-iut
  Scenario: A worker frozen past the queue's liveness window is back with READY once resumed
    Given the worker under test has sent READY
    When the worker under test is frozen
    And the queue sends a REQUEST from client "c1" with content "while frozen"
    And the queue gives the worker up after the expiry time
    And the worker under test resumes
    Then the worker is back with READY on a new connection within the reconnect time

  @PPP-11 @may @PPP-12 @netns
  Scenario: A worker cut off from its queue starts a new conversation once the network heals
    Given the worker under test has sent READY
    When the link to the worker under test is cut
    And the queue gives the worker up after the expiry time
    And the link to the worker under test is restored
    Then the worker is back with READY on a new connection within the reconnect time
