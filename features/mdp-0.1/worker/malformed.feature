@mdp-0.1 @worker @malformed
Feature: Worker ignores every malformed message derived from the schemas
  7/MDP: every command carries the protocol header so each received message can be
  validated. Every golden vector of every message on the worker's channel
  (schemas/mdp-0.1) is damaged in each way of one kind, and what the worker's own
  generated decoder rejects is sent on the worker's connection, each REQUEST naming
  a client address of its own: the worker must answer none of them, keep its
  connection and still answer a valid REQUEST.

  @MARQUE-ROBUST-1 @must @MDP-22
  Scenario Outline: Every <kind> mutation (<what>) is ignored, and the worker keeps serving
    Given the worker under test has registered for service "echo"
    When every <kind> mutation of each message a worker receives is sent on its connection
    Then the worker answers a REQUEST from client "c9" on the same connection, and none of them

    Examples:
      | kind           | what                                        |
      | drop           | one frame left out                          |
      | duplicate      | one frame twice                             |
      | truncate       | one frame cut short                         |
      | reorder        | two frames swapped                          |
      | wrong-literal  | a delimiter, header or command byte changed |
      | foreign-header | the header of the other sub-protocol        |
      | wrong-command  | every other command byte, and none          |
      | oversize-frame | one frame grown to 256 bytes or 64 KiB      |
      | oversize-count | one and 256 junk frames past the end        |
