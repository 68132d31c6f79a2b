@mdp-0.1 @worker
Feature: Worker obeys DISCONNECT
  7/MDP "Connection life cycle": a worker that receives DISCONNECT sends nothing
  more on that connection, closes its socket and reconnects on a new one.

  @MDP-36 @must @MDP-35 @MDP-20
  Scenario: DISCONNECT -> silence on the old connection, READY on a new one
    Given the worker under test has registered for service "echo"
    When the broker sends DISCONNECT
    Then the worker sends READY on a new connection, and nothing on the old one, within the reconnect time
