@tsp @client
Feature: A Titanic client submits, polls and retries as TSP asks
  9/TSP: a client submits through titanic.request, then asks titanic.reply with the UUID it
  got until the reply is there; it retries later on 300 and 500, not on 400, and reads only
  the status code. The suite plays the broker and the Titanic server; the client under test
  is started with {endpoint} {service} {body} and exits 0 once it has the reply.

  @TSP-5 @must @TSP-9 @TSP-4
  Scenario: The client submits [service][body], then asks titanic.reply with the UUID
    When the client under test is started for service "echo" with body "hello"
    Then the client submits its body for that service through titanic.request 1 time within the reply timeout
    And the client asks titanic.reply for the UUID 1 time within the poll interval
    And the client exits with status 0 within the poll interval
    And any titanic.close it sent names the UUID alone

  @TSP-25 @should
  Scenario: On 300 (pending) the client asks again later
    Given titanic.reply answers "300" 2 times before the reply
    When the client under test is started for service "echo" with body "hello"
    Then the client asks titanic.reply for the UUID 3 times within the poll interval
    And the client exits with status 0 within the poll interval

  @TSP-27 @should
  Scenario: On 500 from titanic.reply the client asks again later
    Given titanic.reply answers "500" 1 time before the reply
    When the client under test is started for service "echo" with body "hello"
    Then the client asks titanic.reply for the UUID 2 times within the poll interval
    And the client exits with status 0 within the poll interval

  @TSP-27 @should @TSP-5
  Scenario: On 500 from titanic.request the client submits again later
    Given titanic.request answers "500" first
    When the client under test is started for service "echo" with body "hello"
    Then the client submits its body for that service through titanic.request 2 times within the poll interval
    And the client exits with status 0 within the poll interval

  @TSP-26 @should-not
  Scenario: On 400 (unknown) the client does not ask again
    Given titanic.reply answers "400" from then on
    When the client under test is started for service "echo" with body "hello"
    Then the client asks titanic.reply for the UUID 1 time within the poll interval
    And the client asks titanic.reply no more for the poll interval

  @TSP-23 @must-not
  Scenario: The status text means nothing: "200 OK" is 200
    Given every status frame carries text
    When the client under test is started for service "echo" with body "hello"
    Then the client asks titanic.reply for the UUID 1 time within the poll interval
    And the client exits with status 0 within the poll interval
