/// A broadband customer's repeat connection fault, from the first drop through chat, phone and a technician to follow-up.
/// Built in for `journey new --template`; see `BuiltinTemplate`.
enum SupportCaseTemplate {
    static let json = #"""
{
  "channels": [
    {
      "id": "status-page",
      "kind": "online",
      "name": "Status page"
    },
    {
      "id": "help-centre",
      "kind": "online",
      "name": "Help centre"
    },
    {
      "id": "app",
      "kind": "online",
      "name": "App"
    },
    {
      "id": "chat",
      "kind": "online",
      "name": "Chat"
    },
    {
      "id": "phone",
      "kind": "offline",
      "name": "Phone"
    },
    {
      "id": "technician",
      "kind": "offline",
      "name": "Technician visit"
    },
    {
      "id": "email",
      "kind": "online",
      "name": "Email"
    },
    {
      "id": "sms",
      "kind": "online",
      "name": "SMS"
    }
  ],
  "emotionScale": {
    "max": 2,
    "min": -2
  },
  "format": "journey-map",
  "lanes": [
    {
      "id": "actions",
      "kind": "actions",
      "name": "Actions"
    },
    {
      "id": "thoughts",
      "kind": "thoughts",
      "name": "Thoughts"
    },
    {
      "id": "emotion",
      "kind": "emotion",
      "name": "Emotion"
    },
    {
      "id": "painPoints",
      "kind": "painPoints",
      "name": "Pain points"
    },
    {
      "id": "opportunities",
      "kind": "opportunities",
      "name": "Opportunities"
    },
    {
      "id": "quotes",
      "kind": "quotes",
      "name": "Quotes"
    },
    {
      "id": "owner",
      "kind": "owner",
      "name": "Owner"
    },
    {
      "id": "metrics",
      "kind": "metrics",
      "name": "Metrics"
    }
  ],
  "objectives": {
    "goals": [
      "Raise first-contact resolution for connection faults from 48 to 65 percent",
      "Never ask a customer for something they already gave us",
      "Cut churn after a fault from 7 to 4 percent"
    ],
    "lastReviewed": "2025-05-06",
    "purpose": "Follow one repeat connection fault from the customer's side, to see why it takes three contacts to fix and where customers decide to leave.",
    "reviewCadence": "monthly",
    "scope": "Fibre broadband customers with a repeat connection fault, from the first drop to a week after the fix. Excludes moves, billing disputes and business lines."
  },
  "personas": [
    {
      "age": 44,
      "buyingHabits": "Has been a customer for six years; stays for convenience, but compares prices when her contract ends.",
      "challenges": [
        "Loses income for every hour offline",
        "Has been told to 'restart the router' three times before",
        "Cannot tell whether the fault is hers or the network's"
      ],
      "decisionProcess": "Tries to fix things herself first, then calls; judges the provider by whether she had to repeat herself.",
      "education": "MA in Translation",
      "gender": "Female",
      "goals": [
        "Get a stable connection back before her next client call",
        "Know when it will be fixed so she can plan her day",
        "Explain the problem once"
      ],
      "id": "grace",
      "income": "EUR 74,000 a year",
      "jobTitle": "Freelance translator, works from home",
      "location": "Haarlem, Netherlands",
      "name": "Grace",
      "preferredChannels": [
        "app",
        "phone",
        "sms"
      ],
      "quote": "I don't need an apology, I need to know when it works again.",
      "story": "Grace's fibre connection drops several times a day during video calls. She has a client deadline this week and is working from a café. This is the second time this month she has contacted support."
    }
  ],
  "stages": [
    {
      "goal": "Customers learn quickly whether the fault is known, and what to do meanwhile.",
      "id": "problem",
      "metrics": {
        "reach": 18500
      },
      "name": "Problem occurs",
      "touchpoints": [
        {
          "channel": "app",
          "emotion": {
            "grace": -2
          },
          "id": "connection-drops",
          "metrics": {
            "reach": 18500
          },
          "momentOfTruth": true,
          "name": "Connection drops",
          "opportunities": [
            {
              "effort": 2,
              "id": "op-outage-status",
              "impact": 4,
              "owner": "Network operations",
              "status": "idea",
              "text": "Proactive outage notice by text message with the expected fix time",
              "votes": 6
            }
          ],
          "text": {
            "actions": "Notices the call freeze and the router light turn red.",
            "owner": "Network operations",
            "thoughts": "Again? I have a call in ten minutes."
          }
        },
        {
          "channel": "status-page",
          "emotion": {
            "grace": -1
          },
          "id": "status-check",
          "metrics": {
            "reach": 6200
          },
          "name": "Check the status page",
          "opportunities": [
            {
              "addresses": [
                "pp-status-lag"
              ],
              "effort": 3,
              "id": "op-proactive-sms",
              "impact": 5,
              "owner": "Network operations",
              "status": "inProgress",
              "text": "Text affected customers as soon as an outage is detected",
              "votes": 14
            }
          ],
          "painPoints": [
            {
              "effort": 3,
              "id": "pp-status-lag",
              "impact": 4,
              "text": "The status page lags real outages by up to an hour",
              "votes": 10
            }
          ],
          "text": {
            "actions": "Checks the outage map for her postcode.",
            "owner": "Network operations",
            "thoughts": "It says all green. So it's me?"
          }
        }
      ]
    },
    {
      "goal": "Customers who can fix it themselves do, and those who cannot get to a person fast.",
      "id": "self-service",
      "metrics": {
        "conversionRate": 18,
        "dropOffRate": 61,
        "reach": 5400
      },
      "name": "Try to fix it",
      "touchpoints": [
        {
          "channel": "help-centre",
          "emotion": {
            "grace": -1
          },
          "id": "help-article",
          "metrics": {
            "conversionRate": 18,
            "dropOffRate": 64,
            "reach": 5400
          },
          "name": "Help article",
          "text": {
            "actions": "Follows the 'intermittent connection' article: restarts and resets the router.",
            "owner": "Digital support",
            "thoughts": "I've done all of this before."
          }
        },
        {
          "channel": "app",
          "emotion": {
            "grace": 0
          },
          "id": "line-test",
          "metrics": {
            "csat": 52,
            "reach": 2900
          },
          "name": "Line test in the app",
          "opportunities": [
            {
              "addresses": [
                "pp-test-dead-end"
              ],
              "effort": 2,
              "id": "op-test-to-case",
              "impact": 5,
              "owner": "Digital support",
              "status": "planned",
              "text": "Open a case straight from a failed line test, results attached",
              "votes": 13
            }
          ],
          "painPoints": [
            {
              "effort": 1,
              "id": "pp-test-dead-end",
              "impact": 4,
              "text": "The line test finds a fault but offers no next step",
              "votes": 9
            }
          ],
          "text": {
            "actions": "Runs the line test; it reports 'signal loss on the line'.",
            "owner": "Digital support",
            "thoughts": "So it's not my router. Now what?"
          }
        }
      ]
    },
    {
      "goal": "Customers reach someone who already knows what they have tried.",
      "id": "contact",
      "metrics": {
        "csat": 55,
        "dropOffRate": 24,
        "reach": 3900
      },
      "name": "Contact support",
      "touchpoints": [
        {
          "channel": "chat",
          "emotion": {
            "grace": -2
          },
          "id": "chatbot",
          "metrics": {
            "csat": 31,
            "dropOffRate": 57,
            "reach": 3100
          },
          "name": "Chat assistant",
          "opportunities": [
            {
              "addresses": [
                "pp-bot-loop"
              ],
              "effort": 2,
              "id": "op-bot-knows-test",
              "impact": 4,
              "owner": "Digital support",
              "status": "idea",
              "text": "The assistant reads the app's line test and skips steps already done",
              "votes": 9
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-bot-loop",
              "impact": 4,
              "text": "The bot repeats self-help steps already done in the app",
              "votes": 12
            }
          ],
          "quotes": [
            {
              "id": "q-restart",
              "text": "If one more person tells me to restart the router I'm switching provider.",
              "votes": 9
            }
          ],
          "text": {
            "actions": "Describes the problem to the chat assistant, which suggests restarting the router.",
            "owner": "Digital support",
            "thoughts": "I just told you I did that."
          }
        },
        {
          "channel": "phone",
          "emotion": {
            "grace": -0.5
          },
          "id": "phone-call",
          "metrics": {
            "csat": 63,
            "history": {
              "csat": [
                {
                  "day": "2025-02-28",
                  "value": 57
                },
                {
                  "day": "2025-03-31",
                  "value": 60
                },
                {
                  "day": "2025-04-30",
                  "value": 63
                }
              ]
            },
            "reach": 2400,
            "targets": {
              "csat": 75
            }
          },
          "momentOfTruth": true,
          "name": "Phone call",
          "opportunities": [
            {
              "addresses": [
                "pp-wait-time"
              ],
              "effort": 2,
              "id": "op-callback",
              "impact": 3,
              "owner": "Customer service",
              "status": "inProgress",
              "text": "Offer a call-back slot instead of holding",
              "votes": 7
            },
            {
              "addresses": [
                "pp-repeat-story"
              ],
              "effort": 3,
              "id": "op-case-timeline",
              "impact": 5,
              "owner": "Customer service",
              "status": "planned",
              "text": "One case timeline for agents: chat, line test results and earlier calls",
              "votes": 14
            }
          ],
          "painPoints": [
            {
              "effort": 3,
              "id": "pp-repeat-story",
              "impact": 5,
              "text": "Agents cannot see chat history or line test results",
              "votes": 15
            },
            {
              "effort": 4,
              "id": "pp-wait-time",
              "impact": 3,
              "text": "Average wait of 18 minutes in the evening",
              "votes": 6
            }
          ],
          "text": {
            "actions": "Waits 22 minutes, then explains the whole story again to an agent.",
            "owner": "Customer service",
            "thoughts": "Finally a person. Do they see the line test?"
          }
        }
      ]
    },
    {
      "goal": "The fault is fixed on the first visit, at a time the customer chose.",
      "id": "resolve",
      "metrics": {
        "conversionRate": 81,
        "csat": 79,
        "reach": 1100
      },
      "name": "Diagnose and fix",
      "touchpoints": [
        {
          "channel": "sms",
          "emotion": {
            "grace": -1
          },
          "id": "appointment",
          "metrics": {
            "csat": 61,
            "reach": 1100
          },
          "name": "Book a technician",
          "opportunities": [
            {
              "effort": 1,
              "id": "op-mobile-data",
              "impact": 4,
              "owner": "Customer retention",
              "status": "done",
              "text": "Free mobile data bundle until the fix",
              "votes": 11
            }
          ],
          "text": {
            "actions": "Gets an SMS with a morning slot two days later and a link to change it.",
            "owner": "Field service planning",
            "thoughts": "Two days without proper internet."
          }
        },
        {
          "channel": "technician",
          "emotion": {
            "grace": 1.5
          },
          "id": "technician-visit",
          "metrics": {
            "conversionRate": 81,
            "csat": 88,
            "reach": 1100
          },
          "name": "Technician visit",
          "opportunities": [
            {
              "addresses": [
                "pp-second-visit"
              ],
              "effort": 3,
              "id": "op-parts-from-test",
              "impact": 4,
              "owner": "Field service",
              "status": "planned",
              "text": "Pack the van from the line test result, so the right parts come along",
              "votes": 8
            }
          ],
          "painPoints": [
            {
              "effort": 3,
              "id": "pp-second-visit",
              "impact": 4,
              "text": "One in five visits needs a second visit for missing parts",
              "votes": 8
            }
          ],
          "text": {
            "actions": "The technician replaces a damaged connector in the street cabinet.",
            "owner": "Field service",
            "thoughts": "He explained it all. Why couldn't anyone before?"
          }
        }
      ]
    },
    {
      "goal": "Customers are sure it is fixed, feel heard, and stay.",
      "id": "follow-up",
      "metrics": {
        "churnRate": 7,
        "nps": -8
      },
      "name": "Follow-up",
      "touchpoints": [
        {
          "channel": "email",
          "emotion": {
            "grace": 0.5
          },
          "id": "confirmation",
          "metrics": {
            "csat": 74,
            "nps": -8,
            "reach": 1100
          },
          "name": "Fix confirmed",
          "text": {
            "actions": "Receives an e-mail confirming the fix with a one-question survey.",
            "owner": "Customer service",
            "thoughts": "Let's see if it holds this week."
          }
        },
        {
          "channel": "app",
          "emotion": {
            "grace": 1
          },
          "id": "goodwill",
          "metrics": {
            "churnRate": 7,
            "reach": 900
          },
          "name": "Goodwill credit",
          "opportunities": [
            {
              "effort": 2,
              "id": "op-auto-credit",
              "impact": 3,
              "owner": "Customer retention",
              "status": "idea",
              "text": "Credit every confirmed outage automatically",
              "votes": 6
            }
          ],
          "quotes": [
            {
              "id": "q-credit",
              "text": "I didn't even have to ask. That's what keeps me here.",
              "votes": 3
            }
          ],
          "text": {
            "actions": "Sees a credit for the days offline on her next bill, without asking.",
            "owner": "Customer retention",
            "thoughts": "OK, that's fair."
          }
        }
      ]
    }
  ],
  "title": "Fibrelink: a connection fault, from first drop to fixed",
  "version": 3
}
"""#
}
