@mdp-0.2 @broker
Feature: Broker routes requests to workers and replies to clients
  18/MDP "MDP/Client" and "MDP/Worker": the broker hands a client REQUEST to a
  worker of the named service as a worker REQUEST carrying the client address,
  and turns the worker's FINAL back into a client FINAL for that address.

  @MDP2-18 @must @MDP2-4 @MDP2-8 @MDP2-39 @MDP2-40 @MDP2-41
  Scenario: REQUEST -> worker REQUEST -> FINAL -> client FINAL
    Given worker "w1" has sent READY for service "echo"
    When client "c1" sends a REQUEST for service "echo" with body "hello"
    Then worker "w1" receives a REQUEST from client "c1" with body "hello" within the reply timeout
    When worker "w1" sends a FINAL with body "world"
    Then client "c1" receives a FINAL from service "echo" with body "world" within the reply timeout

  @MDP2-41 @must @MDP2-18
  Scenario: Multi-frame bodies cross the broker unchanged in both directions
    Given worker "w1" has sent READY for service "echo"
    When client "c1" sends a REQUEST for service "echo" with body "part 1", "", "part 3"
    Then worker "w1" receives a REQUEST from client "c1" with body "part 1", "", "part 3" within the reply timeout
    When worker "w1" sends a FINAL with body "a", "", "c"
    Then client "c1" receives a FINAL from service "echo" with body "a", "", "c" within the reply timeout

  @MDP2-41 @must @MDP2-27
  Scenario: Replies reach the client named by the address frame, not the latest sender
    Given worker "w1" has sent READY for service "echo"
    And worker "w2" has sent READY for service "echo"
    When client "c1" sends a REQUEST for service "echo" with body "from c1"
    Then the REQUEST of client "c1" reaches worker "w1" or "w2" within the reply timeout
    When client "c2" sends a REQUEST for service "echo" with body "from c2"
    Then the REQUEST of client "c2" reaches worker "w1" or "w2" within the reply timeout
    When the worker holding the REQUEST of client "c1" sends a FINAL with body "for c1"
    Then client "c1" receives a FINAL from service "echo" with body "for c1" within the reply timeout
    And client "c2" receives no FINAL within the quiet period

  @MDP2-14 @must
  Scenario: A REQUEST goes only to a worker of the named service
    Given worker "wa" has sent READY for service "alpha"
    And worker "wb" has sent READY for service "beta"
    When client "c1" sends a REQUEST for service "beta" with body "for beta"
    Then worker "wb" receives a REQUEST from client "c1" with body "for beta" within the reply timeout
    And worker "wa" receives no REQUEST within the quiet period

  @MDP2-50 @must
  Scenario: A worker gets at most one request at a time
    Given worker "w1" has sent READY for service "echo"
    When client "c1" sends a REQUEST for service "echo" with body "first"
    Then worker "w1" receives a REQUEST from client "c1" with body "first" within the reply timeout
    When client "c2" sends a REQUEST for service "echo" with body "second"
    Then worker "w1" receives no REQUEST within the quiet period
    When worker "w1" sends a FINAL with body "done"
    Then worker "w1" receives a REQUEST from client "c2" with body "second" within the reply timeout

  @MDP2-29 @must
  Scenario: READY gets no response
    When worker "w1" sends READY for service "echo"
    Then worker "w1" receives nothing but HEARTBEAT for the quiet period
    And worker "w1" is registered: a REQUEST from client "c9" reaches it

  @MDP2-33 @may
  Scenario: The broker says nothing to a worker that has sent no command
    Given worker "w2" has sent READY for service "echo"
    When worker "w1" connects and sends nothing
    Then worker "w1" receives nothing at all for the quiet period
    And worker "w2" is registered: a REQUEST from client "c9" reaches it
