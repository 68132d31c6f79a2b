@lazy-pirate @server
Feature: The plain REP server of the Lazy Pirate pattern
  digest §10.1: the server knows nothing of retries. It answers each request
  exactly once, on the connection it came in on (LPC-17), with the request's
  bytes unchanged (LPC-18). The suite's clients frame requests as REQ does,
  on DEALERs, so a second reply would show.

  @LPC-17 @must @LPC-18
  Scenario: A request gets exactly one reply, its own bytes
    When client "c1" sends the request "1"
    Then client "c1" receives the reply "1" within the reply timeout
    And client "c1" receives nothing more for the reply timeout

  @LPC-18 @must @LPC-17
  Scenario: A request of several frames comes back unchanged
    When client "c1" sends the request "7", "", "seven"
    Then client "c1" receives the reply "7", "", "seven" within the reply timeout

  @LPC-17 @must
  Scenario: Each client gets its own reply
    When client "c1" sends the request "1"
    And client "c2" sends the request "2"
    Then client "c1" receives the reply "1" within the reply timeout
    And client "c2" receives the reply "2" within the reply timeout

  @LPC-17 @must
  Scenario: A client that vanished before its reply costs the server nothing
    When client "c1" sends the request "lost"
    And client "c1" vanishes
    And client "c2" sends the request "2"
    Then client "c2" receives the reply "2" within the reply timeout
