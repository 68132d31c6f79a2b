@flp @client
Feature: Client failover across three servers
  The client under test is started with {endpoints} (the suite's three
  servers, comma-separated), {count} and {body}: it sends {count} requests
  one after another, prints each reply's frames one per line on stdout and
  exits 0, or exits non-zero once a request got no reply within its declared
  timeout. Each server answers a request at once with a token unique in the
  scenario, so the suite knows which answer each printed line is.

  @FLP-C4 @must @claims-model-3 @FLP-8 @FLP-1 @FLP-3
  Scenario: A model-3 client sends requests only to a server that has answered it
    Given servers s1 and s2 never answer PING
    When the client under test is started with 2 requests
    Then the client reports each reply exactly once and exits 0

  @FLP-C2 @must @FLP-C1
  Scenario Outline: The server in use is <fault>: the client fails over
    Given the first server a request reaches is <fault> before it answers
    When the client under test is started with 1 request
    Then the request reaches another server
    And the client reports each reply exactly once and exits 0

    @kill
    Examples:
      | fault   |
      | killed  |

    Examples:
      | fault   |
      | frozen  |
      | cut off |

  @FLP-C1 @must @late-reply
  Scenario: A late reply to an earlier request is not taken for the current one
    Given the first server a request reaches is frozen, and sends its late reply once the next request arrives elsewhere
    When the client under test is started with 2 requests
    Then the request reaches another server
    And the client reports each reply exactly once and exits 0

  @FLP-C3 @must
  Scenario: Every server is gone: the client gives up with a non-zero exit
    Given every server is killed once the first request arrives
    When the client under test is started with 1 request
    Then the client gives up with a non-zero exit, reporting no reply
