@rfl @server
Feature: REQUEST, RESPONSE and the dedupe cache
  The server answers each well-formed REQUEST once, carrying its request id
  byte for byte; a repeat of the id gets the stored response and the work
  does not run again. The suite counts runs: the server under test puts the
  number of executions so far before its echo (--counter on the reference).

  @RFL-S2 @must @RFL-S3 @RFL-5 @RFL-10 @RFL-S17
  Scenario: REQUEST -> one RESPONSE OK with its request id
    When client c1 sends a REQUEST with payload "hello"
    Then client c1 receives the RESPONSE OK within the reply timeout
    And client c1 receives nothing within the quiet period, as RFL-S2 requires

  @RFL-S4 @must @claims-counter
  Scenario: a retried request id returns the stored response; the work runs once
    When client c1 sends a REQUEST with payload "work"
    Then client c1 receives the RESPONSE OK with the stored result within the reply timeout
    When client c1 sends the same REQUEST again
    Then client c1 receives the RESPONSE OK with the stored result within the reply timeout

  @RFL-S7 @must @claims-counter
  Scenario: a repeat from another client is answered to that client
    When client c1 sends a REQUEST with payload "work"
    Then client c1 receives the RESPONSE OK with the stored result within the reply timeout
    And client c1 receives nothing within the quiet period, as RFL-S2 requires
    When client c2 sends the same REQUEST again
    Then client c2 receives the stored RESPONSE within the reply timeout, as RFL-S7 requires
    And client c1 receives nothing within the quiet period, as RFL-S7 requires

  @RFL-S8 @should
  Scenario: the same id with another payload is an ERROR, not the stored result
    When client c1 sends a REQUEST with payload "one"
    Then client c1 receives the RESPONSE OK within the reply timeout
    And client c1 receives nothing within the quiet period, as RFL-S2 requires
    When client c1 sends the same request id with payload "two"
    Then client c1 receives a RESPONSE ERROR within the reply timeout, as RFL-S8 requires
