@mdp-0.1 @worker
Feature: Worker answers REQUEST with REPLY
  7/MDP "MDP/Worker": the worker copies the client address of a REQUEST into its
  REPLY, follows it with an empty frame, then the reply body.

  @MDP-18 @must @MDP-37 @MDP-38 @MDP-21
  Scenario: REQUEST -> REPLY carrying the client address
    Given the worker under test has registered for service "echo"
    When the broker sends a REQUEST from client "c1" with body "hello"
    Then the worker sends a REPLY for client "c1" within the reply timeout

  @MDP-18 @must @MDP-37
  Scenario: Successive REQUESTs from different clients are answered in turn
    Given the worker under test has registered for service "echo"
    When the broker sends a REQUEST from client "c1" with body "one"
    Then the worker sends a REPLY for client "c1" within the reply timeout
    When the broker sends a REQUEST from client "c2" with body "two", "frames"
    Then the worker sends a REPLY for client "c2" within the reply timeout
