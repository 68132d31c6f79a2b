@mdp-0.1 @client
Feature: Client REQUEST and REPLY
  7/MDP "MDP/Client": a client sends REQUEST as an empty frame, the MDPC01 header,
  the service name and one or more body frames, and takes the REPLY.
  The client under test is a program started with {endpoint} {service} {body}
  that sends one request and exits 0 once it has the REPLY.

  @MDP-6 @must @MDP-22 @MDP-13 @MDP-11
  Scenario: REQUEST framing
    When the client under test is started for service "echo" with body "hello"
    Then it sends a REQUEST with body "hello" within the reply timeout

  @MDP-8 @must @MDP-7
  Scenario: REQUEST -> REPLY completes the dialog
    Given the client under test has sent its REQUEST for service "echo" with body "hello"
    When the broker sends the REPLY with body "hello"
    Then the client finishes successfully within the reply timeout

  @MDP-12 @may @MDP-8 @claims-retry
  Scenario: With no REPLY the client resends after its timeout, then gives up
    Given the client under test has sent its REQUEST for service "echo" with body "hello"
    When the broker withholds every REPLY
    Then the client sends the REQUEST as many times as it claims, one at a time
    And the client gives up within the client timeout
