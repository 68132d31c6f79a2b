@bstar @client
Feature: A client starts with the primary and moves to the other server after a timeout
  The suite binds both servers' frontends and starts the client under test
  with {primary} and {backup}. Each frontend answers (an active server's
  echo) or keeps silent (a passive or dead one); the suite records every
  request with its time, server and connection (digest §12.5).

  @BSTAR-26 @must
  Scenario: The first request goes to the primary
    Given the primary answers and the backup is silent
    When the client under test starts
    Then its first request reaches the primary

  @BSTAR-27 @must @BSTAR-32
  Scenario: After a timeout the same request goes to the other server, on a new socket, after the settle delay
    Given neither server answers
    When the client under test starts
    Then after each timeout and the settle delay, the same request goes to the other server on a new connection, 3 times

  @BSTAR-28 @should
  Scenario: The pause between servers covers the pair's failover timeout
    Given neither server answers
    When the client under test starts
    Then its pauses before trying the other server are at least the pair's failover timeout

  @BSTAR-29 @must
  Scenario: With neither server answering, the client keeps alternating
    Given neither server answers
    When the client under test starts
    Then it tries the primary and the backup in turn, 4 times in all, each on a new connection

  @BSTAR-29 @must @claims-give-up
  Scenario: Both servers gone: the client gives up after the tries it declares, and exits non-zero
    Given neither server answers
    When the client under test starts
    Then it gives up after its declared number of tries and exits with a non-zero status
