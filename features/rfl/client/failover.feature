@rfl @client
Feature: Client retries, back-off, failover and ranking across three servers
  The client under test is started with {endpoints} (the suite's three
  servers, comma-separated), {count} and {body}: it sends {count} requests in
  turn, prints each OK result frame on its own line on stdout and exits 0,
  or exits non-zero once a request failed: 1 when no attempt was answered
  (RFL-C20 tells the outcomes apart). Each server answers HEARTBEAT
  with its endpoint as server id, and a REQUEST with OK and a token unique in
  the scenario, so the suite knows which answer each printed line is.

  @RFL-C13 @must @RFL-C10 @RFL-C1 @RFL-2 @RFL-3 @RFL-4 @RFL-8 @RFL-C19
  Scenario: A slow server gets fewer requests than a fast one
    Given servers s2 and s3 answer requests only after half the client's timeout
    When the client under test is started with 8 requests
    Then the client reports each result exactly once and exits 0
    And server s1 got more of the requests than s2 and than s3

  @RFL-C4 @must @RFL-C1 @RFL-C2 @RFL-C3 @RFL-C7 @RFL-C13 @RFL-C20 @retries
  Scenario: No answer: every attempt under one id, at another server, after the back-off; then failure
    Given every server withholds every RESPONSE
    When the client under test is started with 1 request
    Then the client retries at each other server under the same id with back-off, heartbeating every server, then fails

  @RFL-C10 @must @RFL-C6 @late-answer
  Scenario: A late answer from the server failed over from is the answer; a RESPONSE for another id is not
    Given the first server a request reaches answers it only once the next attempt has reached another server, after a stray RESPONSE for another id
    When the client under test is started with 1 request
    Then the client reports each result exactly once and exits 0
