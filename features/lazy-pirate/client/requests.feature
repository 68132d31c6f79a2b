@lazy-pirate @client
Feature: Lazy Pirate client: one request at a time, each reply before the next
  The Guide's lpclient (digest §10.3): the client under test is a program
  started with {endpoint} that sends numbered requests over REQ, one at a
  time. The suite plays the server on a ROUTER, so it sees each request's
  connection and frames.

  @LPC-13 @must @LPC-14 @LPC-15 @LPC-11 @claims-numbered
  Scenario: After a matching reply the next request comes on the same connection
    Given the client under test has sent its first request
    When the server answers it
    Then the client sends its next request on the same connection
