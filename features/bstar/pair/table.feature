@bstar @pair @controls-iut
Feature: Each cell of the transition table, driven with the suite in the peer's place
  The suite kills one server and binds its statepub itself (a PUB where the
  other server's SUB connects), then announces the states a scenario needs.
  Every step blames the cell of digest §12.3 it checks.

  @BSTAR-16 @must @BSTAR-8 @BSTAR-7
  Scenario: PEER_ACTIVE while ACTIVE is fatal (dual actives); restarted, PRIMARY goes PASSIVE on PEER_ACTIVE
    Given the pair is serving from the primary
    When the suite takes the backup's place, announcing ACTIVE
    Then the primary exits within the state window, reporting dual actives, per BSTAR-16
    When the primary is started again
    Then the primary publishes PASSIVE within the state window, per BSTAR-8

  @BSTAR-9 @must @BSTAR-17 @BSTAR-7
  Scenario: BACKUP goes PASSIVE on PEER_ACTIVE; then PEER_PASSIVE while PASSIVE is fatal (dual passives)
    When the suite takes the primary's place, announcing ACTIVE
    And the backup is restarted at once
    Then the backup publishes PASSIVE within the state window, per BSTAR-9
    When the suite, as the primary, announces PASSIVE
    Then the backup exits within the state window, reporting dual passives, per BSTAR-17

  @BSTAR-11 @must
  Scenario: PASSIVE goes ACTIVE when its peer comes back as BACKUP
    Given the pair is serving from the primary
    When the suite takes the primary's place, announcing BACKUP
    Then the backup publishes ACTIVE within the state window, per BSTAR-11
    And a client request to the backup is served within the reply timeout, per BSTAR-14

  @BSTAR-10 @must @BSTAR-7 @BSTAR-18
  Scenario: A backup that never heard an active peer answers nobody, its peer alive or not
    Given the pair is serving from the primary
    When the suite takes the primary's place, announcing PRIMARY
    And the backup is restarted at once
    Then the backup publishes BACKUP within the state window, per BSTAR-7
    And a client request to the backup gets no reply for 3 heartbeat intervals, per BSTAR-10
    When the suite, as the primary, falls silent
    And the failover timeout passes
    Then a client request to the backup gets no reply for 3 heartbeat intervals, per BSTAR-10
    And the backup keeps publishing BACKUP for 3 heartbeat intervals, per BSTAR-10

  @BSTAR-19 @should @BSTAR-18
  Scenario: A primary whose peer is alive drops client requests
    Given the pair is serving from the primary
    When the suite takes the backup's place, announcing PASSIVE
    And the primary is restarted at once
    Then the primary publishes PRIMARY within the state window, per BSTAR-7
    And a client request to the primary gets no reply for 3 heartbeat intervals, per BSTAR-19
    And the primary keeps publishing PRIMARY for 3 heartbeat intervals, per BSTAR-18
