@rfl @server
Feature: Malformed input
  The seed drops what it cannot parse and trusts any request id (D10, D12).
  The fixes: ERROR for an id it refuses and for a REQUEST with no payload;
  anything without a known command is dropped, and the server goes on.

  @RFL-S12 @should @RFL-6
  Scenario Outline: a request id that is not a UUID of at most 64 bytes gets ERROR
    When client c1 sends a REQUEST with request id <id> and payload "x"
    Then client c1 receives a RESPONSE ERROR within the reply timeout, as RFL-S12 requires

    Examples:
      | id |
      | "42" |
      | "0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21-0b6e3a52-6f1e-4c53-9d2a-5b8c1f0e7a21" |

  @RFL-S13 @should @RFL-6
  Scenario: a REQUEST with no payload frame gets ERROR
    When client c1 sends a REQUEST with no payload frame
    Then client c1 receives a RESPONSE ERROR within the reply timeout, as RFL-S13 requires

  @RFL-S14 @may @RFL-S17
  Scenario Outline: no command it knows: dropped, and the server goes on
    When client c1 sends the frames <frames>
    Then client c1 receives nothing within the quiet period, as RFL-S17 requires
    When client c1 sends HEARTBEAT
    Then client c1 receives a heartbeat reply within the reply timeout

    Examples:
      | frames |
      | "" |
      | "", "request", "x", "y" |
      | "HEARTBEAT" |
