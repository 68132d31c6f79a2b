@rfl @client
Feature: Client takes an ERROR as final and drops malformed answers
  The launch contract tells a request's outcomes apart (RFL-C20): each OK
  result frame on its own line on stdout and exit 0; exit 1 when no attempt
  was answered; exit 3 when a server answered ERROR, its text on stderr;
  exit 4 when no server could be reached.

  @RFL-C14 @should @RFL-C20 @error-answer
  Scenario: An ERROR answer is the final answer, reported as an application error
    Given the first server a request reaches answers it ERROR, and any other attempt OK
    When the client under test is started with 1 request
    Then the client takes the ERROR as final: no other attempt, exit 3 with its text on stderr

  @RFL-C18 @should @MARQUE-ROBUST-1 @malformed-answer
  Scenario: Malformed answers are dropped; the right one that follows is taken
    Given the first server a request reaches answers it with malformed RESPONSEs, then the right one
    When the client under test is started with 1 request
    Then the client drops every malformed answer and reports the right one, exit 0
