@tsp @server
Feature: Ids that are not UUIDs never reach the file system
  9/TSP: a UUID is 32 hexadecimal characters. A server that stores requests as files must not
  take "../x", an absolute path, NUL bytes, 10 KB or binary for one. The suite creates the
  store directory ({dir}) itself, puts a canary file beside it, and checks that nothing inside
  or beside the store changes.

  Background:
    Given the Titanic server under test has registered its three services

  @TSP-8 @must
  Scenario: titanic.reply and titanic.close refuse hostile ids with 400
    Then titanic.reply and titanic.close answer 400 to every hostile id, touching no file
