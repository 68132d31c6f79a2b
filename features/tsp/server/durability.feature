@tsp @server @faults @controls-iut @durability
Feature: A request accepted with 200 survives kill -9
  9/TSP: titanic.request stores the request persistently before it answers, and the server
  executes stored requests as their services become available. The suite kills the server
  with SIGKILL at the step named and starts the same command on the same store ({dir}).
  Running a request twice is allowed (at-least-once); losing it is not.

  Background:
    Given the Titanic server under test has registered its three services

  @TSP-6 @must @TSP-28
  Scenario: Killed between accepting and dispatching: the request is still dispatched and answered
    Given no worker serves "later"
    When a client submits "kept" to service "later"
    And the server is killed with SIGKILL and started again on the same store
    Then the server still knows the request
    When a worker for "later" appears, answering "done"
    Then the server forwards "kept" to "later" within the dispatch time
    And titanic.reply for it answers 200 with "done" within the dispatch time

  @TSP-28 @must
  Scenario: Killed after dispatching, before the reply was stored: dispatched again
    Given a worker for "slow" that holds every request
    When a client submits "again" to service "slow"
    Then the server forwards "again" to "slow" within the dispatch time
    When the server is killed with SIGKILL and started again on the same store
    And the worker for "slow" now answers "done"
    Then the server forwards "again" to "slow" again within the dispatch time
    And titanic.reply for it answers 200 with "done" within the dispatch time
