@mdp-0.2 @broker
Feature: Broker relays PARTIAL and FINAL
  18/MDP: a worker answers a REQUEST with zero or more PARTIALs, then one FINAL;
  the broker relays each to the client as the client command of the same name,
  sends nothing more for that request after the FINAL, and gives the worker no
  other request until its FINAL.

  @MDP2-41 @must @MDP2-7 @MDP2-8 @MDP2-9
  Scenario: PARTIAL, PARTIAL, FINAL reach the client in order
    Given worker "w1" has sent READY for service "stream"
    When client "c1" sends a REQUEST for service "stream" with body "count"
    Then worker "w1" receives a REQUEST from client "c1" with body "count" within the reply timeout
    When worker "w1" sends a PARTIAL with body "1"
    And worker "w1" sends a PARTIAL with body "2"
    And worker "w1" sends a FINAL with body "3"
    Then client "c1" receives a PARTIAL from service "stream" with body "1" within the reply timeout
    And client "c1" receives a PARTIAL from service "stream" with body "2" within the reply timeout
    And client "c1" receives a FINAL from service "stream" with body "3" within the reply timeout

  @MDP2-12 @must-not @MDP2-34
  Scenario: Nothing reaches the client after the FINAL
    Given worker "w1" has sent READY for service "stream"
    When client "c1" sends a REQUEST for service "stream" with body "once"
    Then worker "w1" receives a REQUEST from client "c1" with body "once" within the reply timeout
    When worker "w1" sends a FINAL with body "done"
    Then client "c1" receives a FINAL from service "stream" with body "done" within the reply timeout
    When worker "w1" sends a PARTIAL for client "c1" with body "too late"
    Then client "c1" receives no FINAL within the quiet period

  @MDP2-50 @must
  Scenario: A worker streaming PARTIALs is still busy
    Given worker "w1" has sent READY for service "stream"
    When client "c1" sends a REQUEST for service "stream" with body "first"
    Then worker "w1" receives a REQUEST from client "c1" with body "first" within the reply timeout
    When worker "w1" sends a PARTIAL with body "working"
    And client "c2" sends a REQUEST for service "stream" with body "second"
    Then worker "w1" receives no REQUEST within the quiet period
    When worker "w1" sends a FINAL with body "done"
    Then worker "w1" receives a REQUEST from client "c2" with body "second" within the reply timeout
