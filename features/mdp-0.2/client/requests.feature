@mdp-0.2 @client
Feature: Client REQUEST and FINAL
  18/MDP "MDP/Client": a client on a DEALER socket sends REQUEST as the MDPC02
  header, the REQUEST command byte, the service name and one or more body frames,
  and takes zero or more PARTIALs, then the FINAL.
  The client under test is a program started with {endpoint} {service} {body}
  that sends one request and exits 0 once it has the FINAL.

  @MDP2-6 @must @MDP2-23 @MDP2-14 @MDP2-10
  Scenario: REQUEST framing
    When the client under test is started for service "echo" with body "hello"
    Then it sends a REQUEST with body "hello" within the reply timeout

  @MDP2-9 @must
  Scenario: REQUEST -> FINAL completes the dialog
    Given the client under test has sent its REQUEST for service "echo" with body "hello"
    When the broker sends the FINAL with body "hello"
    Then the client finishes successfully within the reply timeout

  @MDP2-11 @must @MDP2-9
  Scenario: REQUEST -> PARTIAL, PARTIAL, FINAL completes the dialog
    Given the client under test has sent its REQUEST for service "echo" with body "hello"
    When the broker sends a PARTIAL with body "he"
    And the broker sends a PARTIAL with body "ll"
    And the broker sends the FINAL with body "o"
    Then the client finishes successfully within the reply timeout

  @MDP2-13 @may @MDP2-9 @claims-retry
  Scenario: With no FINAL the client resends after its timeout, then gives up
    Given the client under test has sent its REQUEST for service "echo" with body "hello"
    When the broker withholds every FINAL
    Then the client sends the REQUEST as many times as it claims, one at a time
    And the client gives up within the client timeout
