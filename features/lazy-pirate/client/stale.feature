@lazy-pirate @client
Feature: Lazy Pirate client: a reply that does not match is discarded
  digest §10.3 and §10.4 (O6): a reply that does not carry the outstanding
  number is no answer. The client keeps waiting; once its timeout has run it
  sends the same request again, on a new connection, never the next one.

  @LPC-12 @must @LPC-11 @LPC-4 @LPC-7 @LPC-8 @claims-numbered
  Scenario: A stale reply is discarded and the same request is resent after the timeout
    Given the client under test has sent its first request
    When the server answers it
    Then the client sends its next request on the same connection
    When the server answers it with the reply to the request before
    Then the client waits out its timeout and sends the same request again from a new connection
