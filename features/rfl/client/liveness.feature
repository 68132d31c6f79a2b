@rfl @client
Feature: Client marks servers DEAD and queues nothing for a server that is down
  The suite runs three servers for the client under test, as in
  failover.feature; here some of them are silent or down on purpose.

  @RFL-C12 @must @RFL-C13 @claims-dead-marking @dead-marking
  Scenario: Three failed attempts in a row make a server DEAD, tried after one never heard from
    Given server s1 answers HEARTBEATs but no request, and falls silent at its third; s2 and s3 answer requests only
    When the client under test is started with 1 request
    Then attempts 1 to 3 go to s1, and attempt 4, s1 being DEAD, to s2 or s3

  @RFL-C15 @should @RFL-C7 @RFL-C10 @down-at-start
  Scenario: A server down at the start gets nothing that was sent while it was down
    Given server s1 is down when the client starts
    And servers s2 and s3 answer requests only after half the client's timeout
    When the client under test is started with enough requests to outlast that downtime
    Then server s1 gets nothing queued while it was down, and the client reports each result exactly once and exits 0
