@mdp-0.2 @broker
Feature: Broker queues requests for services without workers
  18/MDP "Broker Behaviour": the broker should queue requests for a service that
  has no registered worker, and should expire them after a reasonable,
  configurable time if no worker registers.

  @MDP2-15 @should
  Scenario: A REQUEST waits for the first worker of its service
    When client "c1" sends a REQUEST for service "late" with body "patience"
    And worker "w1" sends READY for service "late"
    Then worker "w1" receives a REQUEST from client "c1" with body "patience" within the reply timeout

  @MDP2-16 @should @claims-request-expiry
  Scenario: A queued REQUEST expires after the declared time
    When client "c1" sends a REQUEST for service "never" with body "stale"
    And the request expiry time passes
    And worker "w1" sends READY for service "never"
    Then worker "w1" receives no REQUEST within the quiet period

  @MDP2-51 @may
  Scenario: The request of a worker that disconnects mid-request goes to another worker
    Given worker "w1" has sent READY for service "echo"
    When client "c1" sends a REQUEST for service "echo" with body "retry me"
    Then worker "w1" receives a REQUEST from client "c1" with body "retry me" within the reply timeout
    When worker "w1" sends DISCONNECT
    And worker "w2" sends READY for service "echo"
    Then worker "w2" receives a REQUEST from client "c1" with body "retry me" within the reply timeout
