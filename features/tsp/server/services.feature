@tsp @server
Feature: The three Titanic services
  9/TSP: titanic.request stores a request and names it with a UUID; titanic.reply gives the
  stored reply, or says the request is pending or unknown; titanic.close forgets both. The
  suite plays the broker, and every worker behind it, for the server under test.

  Background:
    Given the Titanic server under test has registered its three services

  @TSP-7 @must @TSP-1 @TSP-8 @TSP-21 @TSP-22
  Scenario: titanic.request stores the request and answers 200 with a UUID
    Given no worker serves "echo"
    When a client submits "hello" to service "echo"
    Then the server answered 200 and a UUID of 32 hexadecimal digits

  @TSP-28 @must @TSP-2 @TSP-10 @TSP-24
  Scenario: The reply comes once the target worker, absent when the request was made, appears
    Given no worker serves "late"
    When a client submits "hello" to service "late"
    Then titanic.reply for it answers 300, 1 times in a row
    When a worker for "late" appears, answering "done", "hello"
    Then the server forwards "hello" to "late" within the dispatch time
    And titanic.reply for it answers 200 with "done", "hello" within the dispatch time

  @TSP-12 @must-not @TSP-11 @TSP-13 @should
  Scenario: 300 until the worker answers, then 200 and the same reply on every later call
    Given no worker serves "slow"
    When a client submits "x", "y" to service "slow"
    Then titanic.reply for it answers 300, 3 times in a row
    When a worker for "slow" appears, answering "r1", "r2"
    Then titanic.reply for it answers 200 with "r1", "r2" within the dispatch time
    And titanic.reply for it gives that same answer 3 more times

  @TSP-15 @must @TSP-3 @TSP-16 @TSP-17
  Scenario: titanic.close removes the request and its reply, and says 200 again
    Given a worker for "echo" appears, answering "pong"
    When a client submits "ping" to service "echo"
    Then titanic.reply for it answers 200 with "pong" within the dispatch time
    And titanic.close for it answers 200
    And titanic.reply for it answers 400 now
    And titanic.close for it answers 200 again

  @TSP-18 @must
  Scenario: titanic.close of a UUID the server never gave answers 200
    Then titanic.close for an unknown UUID answers 200

  @TSP-2 @must @TSP-10
  Scenario: titanic.reply for a UUID the server never gave answers 400
    Then titanic.reply for an unknown UUID answers 400

  @TSP-20 @must-not @TSP-19
  Scenario: Every answer carries a code from the table, whatever the service and state
    Given no worker serves "later"
    When a client submits "a" to service "later"
    Then titanic.reply for it answers 300, 1 times in a row
    And titanic.reply for an unknown UUID answers 400
    And titanic.close for an unknown UUID answers 200
    When the worker for "later" now answers "b"
    Then titanic.reply for it answers 200 with "b" within the dispatch time
    And titanic.close for it answers 200

  @TSP-21 @must @TSP-1
  Scenario: Malformed Titanic bodies get a status, and the server goes on serving
    Then malformed Titanic bodies each get a status from the table
    Given no worker serves "echo"
    When a client submits "still here" to service "echo"
    Then the server answered 200 and a UUID of 32 hexadecimal digits
