@mdp-0.1 @broker @malformed
Feature: Broker drops every malformed message derived from the schemas
  7/MDP: every command carries the protocol header so each received message can be
  validated, and the broker should drop invalid messages and treat the sender as
  invalid. The malformed messages are not picked by hand: every golden vector of
  every message on the broker's channel (schemas/mdp-0.1) is damaged in each way of
  one kind, and what the broker's own generated decoder rejects is sent, each
  message by a peer of its own: client messages by a client, READY, HEARTBEAT and
  DISCONNECT by a new worker connection, answers by a worker holding a client's
  REQUEST, so that whatever the broker wrongly passes on reaches a peer that watches.
  Acting on one breaks the SHOULD to drop it (MDP-34, non-strict); crashing, or no
  longer routing between valid peers, breaks marque's robustness rule (MARQUE-ROBUST-1).

  @MARQUE-ROBUST-1 @must @MDP-34 @MDP-22
  Scenario Outline: Every <kind> mutation (<what>) is dropped, and the broker keeps serving
    Given worker "w1" has sent READY for service "echo"
    When every <kind> mutation of each message a broker receives is sent by a peer of its own, each followed by a round trip through worker "w1"
    Then after the quiet period, none of them has reached worker "w1" or a client, and their senders have got nothing but DISCONNECT
    And the broker still routes a REQUEST from client "c9" to worker "w1" after them

    # Tagged on its own so a test can run one batch (marque test --tags @mutation-drop).
    @mutation-drop
    Examples: one frame left out
      | kind           | what                                        |
      | drop           | one frame left out                          |

    Examples: every other kind
      | kind           | what                                        |
      | duplicate      | one frame twice                             |
      | truncate       | one frame cut short                         |
      | reorder        | two frames swapped                          |
      | wrong-literal  | a delimiter, header or command byte changed |
      | foreign-header | the header of the other sub-protocol        |
      | wrong-command  | every other command byte, and none          |
      | oversize-frame | one frame grown to 256 bytes or 64 KiB      |
      | oversize-count | one and 256 junk frames past the end        |
