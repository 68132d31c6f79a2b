@mdp-0.2 @worker
Feature: Worker opens the conversation with READY
  18/MDP "Connection life cycle": a worker opens the logical connection with a new
  socket, connects, and sends READY naming the one service it offers; it never
  sends a second READY on that connection.

  @MDP2-25 @must @MDP2-17 @MDP2-23 @MDP2-24
  Scenario: READY for the worker's service is its first message
    When the worker under test is started for service "echo"
    Then it sends READY for its service as its first message

  @MDP2-28 @must @MDP2-30
  Scenario: No second READY on one connection
    Given the worker under test has registered for service "echo"
    Then the worker keeps its connection for 2 expiry times
