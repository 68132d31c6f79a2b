@mdp-0.1 @worker
Feature: Worker opens the conversation with READY
  7/MDP "Connection life cycle": a worker opens the logical connection with a new
  socket, connects, and sends READY naming the one service it offers; it never
  sends a second READY on that connection.

  @MDP-24 @must @MDP-16 @MDP-21 @MDP-22 @MDP-23
  Scenario: READY for the worker's service is its first message
    When the worker under test is started for service "echo"
    Then it sends READY for its service as its first message

  @MDP-27 @must @MDP-29
  Scenario: No second READY on one connection
    Given the worker under test has registered for service "echo"
    Then the worker keeps its connection for 2 expiry times
