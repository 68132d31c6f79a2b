@mdp-0.2 @worker @faults
Feature: Worker survives a broker crash, its own freeze and a network partition
  The suite plays a conforming broker that loses the worker: it crashes and
  restarts on the same endpoint, gives up on a worker frozen with SIGSTOP,
  or is cut off by a partition. Whatever the worker then sends on a
  connection the broker does not know gets DISCONNECT (MDP2-34); the worker
  must come back with READY on a new socket (MDP2-37), or start one on its
  own once the broker has been silent for the liveness window (MDP2-46, MDP2-47).

  @MDP2-37 @must @MDP2-47
  Scenario: The broker crashes and restarts: the worker is back with READY
    Given the worker under test has registered for service "echo"
    When the broker crashes and restarts on the same endpoint
    Then the worker is back with READY on a new connection within the reconnect time

  @MDP2-37 @must @MDP2-47 @controls-iut
  Scenario: A worker frozen mid-request past the broker's liveness window is back with READY once resumed
    Given the worker under test has registered for service "echo"
    When the worker under test is frozen
    And the broker sends a REQUEST from client "c1" with body "while frozen"
    And the broker gives the worker up after the expiry time
    And the worker under test resumes
    Then the worker is back with READY on a new connection within the reconnect time

  @MDP2-46 @must @MDP2-47 @netns
  Scenario: A worker cut off from its broker starts a new conversation once the network heals
    Given the worker under test has registered for service "echo"
    When the link to the worker under test is cut
    And the broker gives the worker up after the expiry time
    And the link to the worker under test is restored
    Then the worker, told nothing, is back with READY on a new connection within the reconnect time
