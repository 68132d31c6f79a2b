@flp @server
Feature: Requests and replies
  10/FLP: a request is the Client Control Frame then 1+ body frames; the
  server returns the CCF unchanged, then 1+ frames of reply body. It only
  replies to what a client sent, and a server that loses a client goes on.

  @FLP-4 @must
  Scenario: request -> reply carries the CCF unchanged
    Given client c1 is connected to the server under test
    When client c1 sends a request with body "hello"
    Then client c1 receives the reply with that CCF within the reply timeout

  @FLP-4 @must
  Scenario Outline: a CCF of any bytes comes back unchanged
    Given client c1 is connected to the server under test
    When client c1 sends a request with CCF <ccf> and body "x"
    Then client c1 receives the reply with that CCF within the reply timeout

    Examples:
      | ccf          |
      | "17"         |
      | ""           |
      | "\u0000\u0001\u007f" |
      | "PING"       |

  @FLP-12 @must
  Scenario: one reply per request, and nothing else
    Given client c1 is connected to the server under test
    When client c1 sends a request with body "once"
    Then client c1 receives the reply with that CCF within the reply timeout
    And client c1 receives nothing more within the quiet period, as FLP-12 requires

  @FLP-S1 @must
  Scenario: a client vanishes with a request unanswered: others are still served
    Given client c1 is connected to the server under test
    When client c1 sends a request with body "lost"
    And client c1 vanishes
    And client c2 sends a request with body "kept"
    Then client c2 receives the reply with that CCF within the reply timeout

  @FLP-12 @must
  Scenario: a lone frame that is not PING is no command: dropped, nothing sent
    Given client c1 is connected to the server under test
    When client c1 sends a lone frame "HELLO"
    Then client c1 receives nothing more within the quiet period, as FLP-12 requires
    When client c1 sends a request with body "after"
    Then client c1 receives the reply with that CCF within the reply timeout
