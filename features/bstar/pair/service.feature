@bstar @pair
Feature: A pair serves from its active server, the other stands by
  Two IUT processes, one started as primary and one as backup, each
  publishing its state to the other (BSTAR-2). The suite watches both
  statepubs as the peer would, and plays the clients. With both alive, the
  primary serves and the backup answers nobody (digest §12.3).

  @BSTAR-8 @must @BSTAR-9 @BSTAR-7 @BSTAR-1 @BSTAR-2 @BSTAR-3 @BSTAR-4 @BSTAR-6 @BSTAR-14 @BSTAR-13 @BSTAR-20 @BSTAR-5
  Scenario: The primary goes active and serves, the backup goes passive and drops, each publishing every heartbeat
    Then the primary publishes ACTIVE within the state window, per BSTAR-8
    And the backup publishes PASSIVE within the state window, per BSTAR-9
    And 5 client requests to the primary are served within the reply timeout each, per BSTAR-14
    And each server publishes its state every heartbeat for 6 heartbeat intervals, while the primary serves clients
    And a client request to the backup gets no reply for 3 heartbeat intervals, per BSTAR-13
    And the backup keeps publishing PASSIVE for the failover timeout, per BSTAR-13
    And a client request to the primary is served within the reply timeout, per BSTAR-14

  @BSTAR-15 @must @BSTAR-22 @BSTAR-18 @controls-iut
  Scenario: An active server stays active whatever state its peer reports
    Given the pair is serving from the primary
    When the suite takes the backup's place, announcing BACKUP
    Then the primary keeps publishing ACTIVE for 3 heartbeat intervals, per BSTAR-15
    When the suite, as the backup, announces PASSIVE
    Then the primary keeps publishing ACTIVE for 3 heartbeat intervals, per BSTAR-15
    When the suite, as the backup, announces PRIMARY
    Then the primary keeps publishing ACTIVE for 3 heartbeat intervals, per BSTAR-15
    And a client request to the primary is served within the reply timeout, per BSTAR-14

  @BSTAR-24 @must @controls-iut
  Scenario: The backup may start first
    When the primary is killed
    And the backup is killed
    And the backup is started again
    And 3 heartbeat intervals pass
    And the primary is started again
    Then the primary publishes ACTIVE within the state window, per BSTAR-24
    And the backup publishes PASSIVE within the state window, per BSTAR-24
    And a client request to the primary is served within the reply timeout, per BSTAR-24
