@mdp-0.2 @broker @claims-mmi
Feature: Majordomo Management Interface (8/MMI)
  8/MMI: services named "mmi.*" are answered by the broker itself, never by a
  worker. mmi.service answers "200" when a worker is registered for the named
  service and "404" when none is; other mmi.* services answer "501".

  @MMI-5 @must @MMI-4 @MMI-3 @MMI-8 @MMI-1
  Scenario: mmi.service -> "200" for a registered service
    Given worker "w1" has sent READY for service "echo"
    When client "c1" asks mmi.service about "echo"
    Then client "c1" receives the MMI status "200" within the reply timeout

  @MMI-6 @must @MMI-4 @MMI-8
  Scenario: mmi.service -> "404" for a service nobody registered
    When client "c1" asks mmi.service about "nobody-here"
    Then client "c1" receives the MMI status "404" within the reply timeout

  @MMI-6 @must
  Scenario: mmi.service -> "404" once the only worker has disconnected
    Given worker "w1" has sent READY for service "echo"
    When worker "w1" sends DISCONNECT
    # DISCONNECT and the next message travel on different connections: no order between them
    And 1 heartbeat interval passes
    And client "c1" asks mmi.service about "echo"
    Then client "c1" receives the MMI status "404" within the reply timeout

  @MMI-7 @must @MMI-1 @MMI-8
  Scenario: An unimplemented mmi.* service -> "501"
    When client "c1" sends a REQUEST for service "mmi.frobnicate" with body "x"
    Then client "c1" receives the MMI status "501" from service "mmi.frobnicate" within the reply timeout

  @MMI-2 @must
  Scenario: READY for an mmi.* service -> DISCONNECT
    When worker "w1" sends READY for service "mmi.echo"
    Then worker "w1" receives DISCONNECT within the reply timeout

  @MMI-1 @must
  Scenario: mmi.* requests never reach a worker
    Given worker "w1" has sent READY for service "mmi.echo" regardless of the answer
    When client "c1" sends a REQUEST for service "mmi.echo" with body "x"
    Then client "c1" receives the MMI status "501" from service "mmi.echo" within the reply timeout
    And worker "w1" receives no REQUEST within the quiet period
