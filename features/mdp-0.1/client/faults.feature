@mdp-0.1 @client @faults
Feature: Client survives a broker crash
  The broker crashes with the client's REQUEST unanswered and a new one
  starts on the same endpoint. A client that claims retries (the Guide's Lazy
  Pirate) resends the REQUEST there after its timeout and takes the REPLY.

  @MDP-12 @may @MDP-8 @claims-retry
  Scenario: The broker crashes with a REQUEST outstanding: the client resends it to the restarted broker
    Given the client under test has sent its REQUEST for service "echo" with body "hello"
    When the broker crashes and restarts on the same endpoint
    Then the client sends its REQUEST again to the restarted broker
    When the broker sends the REPLY with body "hello"
    Then the client finishes successfully within the reply timeout
