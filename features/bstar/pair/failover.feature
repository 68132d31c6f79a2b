@bstar @pair @faults
Feature: Failover: the backup takes over when the primary is gone and a client asks
  The suite kills (SIGKILL), freezes (SIGSTOP) and restarts the servers it
  started. A passive server goes active only when its peer is silent for the
  failover timeout and a client asks it (BSTAR-21, the client vote); recovery
  to the primary is manual (BSTAR-22).

  @BSTAR-21 @must @BSTAR-12 @BSTAR-13 @controls-iut
  Scenario: Primary killed: the backup takes over on the next client request, not before, and not on one it dropped
    Given the pair is serving from the primary
    And a client request to the backup gets no reply for 3 heartbeat intervals, per BSTAR-13
    When the primary is killed
    Then the backup keeps publishing PASSIVE for 3 failover timeouts, per BSTAR-21
    And a client request to the backup is served within the reply timeout, per BSTAR-12
    And the backup publishes ACTIVE within the state window, per BSTAR-12

  @BSTAR-5 @must @BSTAR-13 @controls-iut
  Scenario: A vote that comes before the failover timeout is dropped
    Given the pair is serving from the primary
    When the primary is killed just after it published its state
    Then a client request to the backup, sent at once, gets no reply for 1 heartbeat interval, per BSTAR-5
    And a client asking the backup every heartbeat interval is served within the state window, per BSTAR-12

  @BSTAR-8 @must @BSTAR-22 @BSTAR-11 @BSTAR-25 @controls-iut
  Scenario: Failover takes under 60 s, and a primary restarted after it comes back passive
    Given the pair is serving from the primary
    When the primary is killed
    Then a client asking the backup every heartbeat interval is served within 60 s of the kill, per BSTAR-25
    When the primary is started again
    Then the primary publishes PASSIVE within the state window, per BSTAR-8
    And the backup keeps publishing ACTIVE for 3 heartbeat intervals, per BSTAR-22
    And a client request to the primary gets no reply for 3 heartbeat intervals, per BSTAR-13
    And a client request to the backup is served within the reply timeout, per BSTAR-14

  @BSTAR-11 @must @controls-iut
  Scenario: A quick restart of the active server: the passive one takes over at once
    Given the pair is serving from the primary
    When the primary is restarted at once
    Then the backup publishes ACTIVE within the state window, per BSTAR-11
    And the primary publishes PASSIVE within the state window, per BSTAR-8

  @BSTAR-16 @must @BSTAR-12 @controls-iut
  Scenario: An active primary frozen past the failover timeout resumes after the takeover: dual actives end it
    Given the pair is serving from the primary
    When the primary is frozen
    And the failover timeout passes
    And a client asking the backup every heartbeat interval is served within the state window, per BSTAR-12
    And the primary resumes
    Then one of the servers exits within the state window, reporting dual actives, per BSTAR-16

  @BSTAR-21 @must @netns
  Scenario: State link cut while both servers live and clients reach only the primary: no split brain
    Given the pair is serving from the primary
    And a client request to the backup gets no reply for 3 heartbeat intervals, per BSTAR-13
    When the state link between the servers is cut
    Then 6 client requests to the primary are served within the reply timeout each, per BSTAR-14
    And the backup keeps publishing PASSIVE for 3 failover timeouts, per BSTAR-21
    When the state link between the servers is restored
    Then the primary keeps publishing ACTIVE for 3 heartbeat intervals, per BSTAR-15
    And the backup keeps publishing PASSIVE for 3 heartbeat intervals, per BSTAR-21
