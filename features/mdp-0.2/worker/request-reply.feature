@mdp-0.2 @worker
Feature: Worker answers REQUEST with FINAL
  18/MDP "MDP/Worker": the worker answers each REQUEST with zero or more PARTIALs,
  then exactly one FINAL, each carrying the client address of the REQUEST, an
  empty frame, then the body.

  @MDP2-20 @must @MDP2-38 @MDP2-39 @MDP2-40
  Scenario: REQUEST -> FINAL carrying the client address
    Given the worker under test has registered for service "echo"
    When the broker sends a REQUEST from client "c1" with body "hello"
    Then the worker sends a FINAL for client "c1" within the reply timeout

  @MDP2-20 @must @MDP2-39
  Scenario: Successive REQUESTs from different clients are answered in turn
    Given the worker under test has registered for service "echo"
    When the broker sends a REQUEST from client "c1" with body "one"
    Then the worker sends a FINAL for client "c1" within the reply timeout
    When the broker sends a REQUEST from client "c2" with body "two", "frames"
    Then the worker sends a FINAL for client "c2" within the reply timeout
