@mdp-0.2 @worker
Feature: Worker obeys DISCONNECT
  18/MDP "Connection life cycle": a worker that receives DISCONNECT sends nothing
  more on that connection, closes its socket and reconnects on a new one.

  @MDP2-37 @must @MDP2-36 @MDP2-22
  Scenario: DISCONNECT -> silence on the old connection, READY on a new one
    Given the worker under test has registered for service "echo"
    When the broker sends DISCONNECT
    Then the worker sends READY on a new connection, and nothing on the old one, within the reconnect time
