@lazy-pirate @client
Feature: Lazy Pirate client: resend from a new socket after each timeout, then give up
  digest §10.3 and §10.4 (O1-O4, O8): with no reply the client closes its REQ
  socket, opens a new one to the same endpoint and sends the same bytes
  again, never before its declared timeout, at most its declared attempts
  in all; then it sends nothing more and exits non-zero.

  @LPC-2 @must @LPC-4 @LPC-6 @LPC-7 @LPC-8 @LPC-9 @LPC-10 @LPC-3 @LPC-1
  Scenario: With no reply the client resends as many times as it claims, then gives up
    Given the client under test has sent its first request
    When the server withholds every reply
    Then the client sends the request again from a new connection after each timeout, as many times as it claims
    And the client gives up: nothing more, and a non-zero exit

  @LPC-5 @must @claims-three-attempts
  Scenario: A request left unsent in an abandoned socket is destroyed with it
    Given the client under test has sent its first request
    Then after the server was down until its last attempt, only one connection delivers the request

  @LPC-2 @must @LPC-6 @LPC-7
  Scenario: The client gets through to a server restarted on the same endpoint
    Given the client under test has sent its first request
    When the server crashes and restarts on the same endpoint
    Then the client sends the same request again to the restarted server
