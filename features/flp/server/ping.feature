@flp @server
Feature: Server identity and PING
  10/FLP: a server's socket is a ROUTER with a durable identity, the public
  endpoint clients connect to, so that a client ROUTER addresses it by that
  string. A PING is one frame "PING"; the answer holds "PONG".

  @FLP-9 @must @FLP-10 @FLP-7
  Scenario: A client ROUTER addresses the server by its endpoint
    Given client c1 is connected to the server under test
    When client c1 sends PING
    Then client c1 receives PONG within the reply timeout

  @FLP-2 @must
  Scenario: PING -> PONG, every time
    Given client c1 is connected to the server under test
    When client c1 sends PING
    Then client c1 receives PONG within the reply timeout
    When client c1 sends PING
    Then client c1 receives PONG within the reply timeout
