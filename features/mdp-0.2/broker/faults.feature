@mdp-0.2 @broker @faults
Feature: Broker survives crashes, freezes, dropped connections and partitions
  The failures the Guide designs against, injected by the suite: the broker
  is killed with SIGKILL and started again, frozen with SIGSTOP and resumed,
  a worker's connection drops without DISCONNECT, and the network link to one
  worker is cut. A broker comes back knowing no worker and tells one it does
  not know to start again (MDP2-34); it never hands a request to a worker it
  has not heard from for the liveness window (MDP2-46).

  @MDP2-34 @must @MDP2-42 @controls-iut
  Scenario: A broker restarted under load tells its old worker to start again, then serves it
    Given worker "w1" has sent READY for service "echo"
    And client "c1" sends a REQUEST for service "echo" with body "in flight"
    And worker "w1" receives a REQUEST from client "c1" with body "in flight" within the reply timeout
    When the broker crashes and restarts on the same endpoint
    And worker "w1" sends a FINAL with body "in flight"
    Then worker "w1" receives DISCONNECT within the reply timeout
    Given worker "w1 again" has sent READY for service "echo"
    When client "c3" sends a REQUEST for service "echo" with body "after the restart"
    Then worker "w1 again" receives a REQUEST from client "c3" with body "after the restart" within the reply timeout

  @MDP2-14 @must @MDP2-50 @controls-iut
  Scenario: A broker restarted under load gets every worker back with READY and serves them all
    Given 4 conforming workers serve "echo"
    And 6 clients keep requests to "echo" flowing
    When the broker crashes and restarts on the same endpoint
    Then every conforming worker is back with READY within the reconnect time, and served again

  @MDP2-46 @must @controls-iut
  Scenario: A broker frozen past the liveness window serves through the worker that registered meanwhile
    Given worker "w1" has sent READY for service "echo"
    When the broker is frozen
    And worker "w1" goes silent
    And worker "w2" sends READY for service "echo"
    And 1.5 expiry times pass
    And the broker resumes
    And 2 heartbeat intervals pass
    And client "c1" sends a REQUEST for service "echo" with body "after the freeze"
    Then worker "w2" receives a REQUEST from client "c1" with body "after the freeze" within the reply timeout

  @MDP2-46 @must @MDP2-48
  Scenario: A worker whose connection drops without DISCONNECT is expired; requests go to the other
    Given worker "w1" has sent READY for service "echo"
    And worker "w2" has sent READY for service "echo"
    When worker "w1" drops its connection
    And the expiry time passes
    And client "c1" sends a REQUEST for service "echo" with body "first"
    Then worker "w2" receives a REQUEST from client "c1" with body "first" within the reply timeout
    When worker "w2" sends a FINAL with body "first"
    And client "c2" sends a REQUEST for service "echo" with body "second"
    Then worker "w2" receives a REQUEST from client "c2" with body "second" within the reply timeout

  @MDP2-46 @must @netns
  Scenario: A worker cut off by a partition is expired, requests go to the reachable one, and the healed worker rejoins
    Given worker "w1" has sent READY for service "echo" over link "a"
    And worker "w2" has sent READY for service "echo"
    When link "a" is cut
    And the expiry time passes
    And client "c1" sends a REQUEST for service "echo" with body "first"
    Then worker "w2" receives a REQUEST from client "c1" with body "first" within the reply timeout
    When worker "w2" sends a FINAL with body "first"
    And client "c2" sends a REQUEST for service "echo" with body "second"
    Then worker "w2" receives a REQUEST from client "c2" with body "second" within the reply timeout
    When link "a" is restored
    And worker "w1 again" has sent READY for service "echo" over link "a"
    And client "c3" sends a REQUEST for service "echo" with body "third"
    Then worker "w1 again" receives a REQUEST from client "c3" with body "third" within the reply timeout
