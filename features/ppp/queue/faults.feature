@ppp @queue @faults
Feature: Queue survives a crash, a freeze and a network partition
  The failures the Paranoid Pirate pattern is designed against, injected by
  the suite: the queue is killed with SIGKILL and started again, frozen with
  SIGSTOP and resumed, and the link to one worker is cut. Conforming workers
  start a new conversation with READY when the queue goes silent (PPP-12);
  the queue must then serve through them, and never hand a request to a
  worker it has not heard from for the liveness window (PPP-13).

  @LPC-17 @must @PPP-4 @controls-iut
  Scenario: A queue killed and restarted serves again once its workers are back with READY
    Given 2 conforming workers serve the queue
    When the queue crashes and restarts on the same endpoints
    And client "c1" sends the request "after the restart"
    Then client "c1" receives the reply "after the restart" within the reconnect time

  @PPP-13 @should @controls-iut
  Scenario: A queue frozen past the liveness window serves through the worker that registered meanwhile
    Given worker "w1" has sent READY
    When the queue is frozen
    And worker "w1" goes silent
    And worker "w2" sends READY
    And 1.5 expiry times pass
    And the queue resumes
    And 2 heartbeat intervals pass
    And client "c1" sends the request "after the freeze"
    Then worker "w2" receives the request "after the freeze" within the reply timeout

  @PPP-13 @should @netns
  Scenario: A worker cut off by a partition is purged, and the healed worker serves again
    Given worker "w1" has sent READY over link "a"
    And worker "w2" has sent READY
    When link "a" is cut
    And worker "w1" goes silent
    And the expiry time passes
    And client "c1" sends the request "first"
    Then worker "w2" receives the request "first" within the reply timeout
    When link "a" is restored
    And worker "w1 again" has sent READY over link "a"
    And client "c2" sends the request "second"
    Then worker "w1 again" receives the request "second" within the reply timeout
