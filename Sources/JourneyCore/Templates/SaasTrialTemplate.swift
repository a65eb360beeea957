/// A team tool's free trial: an agency's operations lead evaluates, invites her team, and pays.
/// Built in for `journey new --template`; see `BuiltinTemplate`.
enum SaasTrialTemplate {
    static let json = #"""
{
  "channels": [
    {
      "id": "search",
      "kind": "online",
      "name": "Search"
    },
    {
      "id": "review-sites",
      "kind": "online",
      "name": "Review sites"
    },
    {
      "id": "website",
      "kind": "online",
      "name": "Website"
    },
    {
      "id": "in-app",
      "kind": "online",
      "name": "In-app"
    },
    {
      "id": "email",
      "kind": "online",
      "name": "Email"
    },
    {
      "id": "webinar",
      "kind": "online",
      "name": "Webinar"
    },
    {
      "id": "video-call",
      "kind": "online",
      "name": "Video call"
    },
    {
      "id": "billing",
      "kind": "online",
      "name": "Billing page"
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
      "Raise trial-to-paid conversion from 11 to 16 percent",
      "Get 60 percent of trials to a tracked hour within 24 hours",
      "Halve trials that end before the champion shows a report"
    ],
    "lastReviewed": "2025-04-02",
    "purpose": "Find where trial teams stall between sign-up and payment, and agree which fixes the growth squad ships next quarter.",
    "reviewCadence": "monthly",
    "scope": "Self-serve trials of agencies with 10 to 200 people, from first search to first renewal. Excludes enterprise deals led by sales."
  },
  "personas": [
    {
      "age": 38,
      "buyingHabits": "Shortlists from review sites and peer recommendations, trials two tools side by side, buys annual plans once proven.",
      "challenges": [
        "Has two weeks of evenings to evaluate tools",
        "Must convince the partners, who sign anything over EUR 5,000",
        "Designers resist anything that feels like time surveillance"
      ],
      "decisionProcess": "Runs a trial on one live project, collects team feedback, then brings a cost case to the partners' monthly meeting.",
      "education": "MBA",
      "gender": "Female",
      "goals": [
        "See every project's hours and budget in one place",
        "Replace three spreadsheets before the next financial year",
        "Get the team using the tool without a fight"
      ],
      "id": "priya",
      "income": "EUR 85,000 a year",
      "jobTitle": "Head of Operations, 45-person design agency",
      "location": "Amsterdam, Netherlands",
      "name": "Priya",
      "preferredChannels": [
        "review-sites",
        "website",
        "email",
        "video-call"
      ],
      "quote": "If my team won't log their hours in it, it's worth nothing to me.",
      "story": "Priya joined the agency to bring order to fast growth. Budgets overrun because nobody sees hours until the invoice is late. She has tried two tools before; both died after a month because the team found them fiddly."
    },
    {
      "age": 27,
      "buyingHabits": "Does not buy; adopts or ignores what he is given.",
      "challenges": [
        "Switches between four projects a day",
        "Distrusts tools that feel like monitoring"
      ],
      "decisionProcess": "Decides in the first ten minutes whether a tool is worth his time.",
      "education": "BA in Graphic Design",
      "gender": "Male",
      "goals": [
        "Spend as little time on admin as possible",
        "Stop being asked for hours at the end of the month"
      ],
      "id": "ben",
      "income": "EUR 48,000 a year",
      "jobTitle": "Senior designer",
      "location": "Rotterdam, Netherlands",
      "name": "Ben",
      "preferredChannels": [
        "in-app",
        "email"
      ],
      "quote": "Another tool? Fine, as long as it takes me ten seconds a day.",
      "story": "Ben is invited to the trial by Priya. He is the agency's informal opinion leader: if he shrugs, the rest of the studio will too."
    }
  ],
  "stages": [
    {
      "goal": "Operations leads with a tracking problem find the product and believe it fits an agency.",
      "id": "discover",
      "metrics": {
        "conversionRate": 4.1,
        "reach": 52000
      },
      "name": "Discover",
      "touchpoints": [
        {
          "channel": "search",
          "emotion": {
            "ben": 0,
            "priya": 0
          },
          "id": "comparison-search",
          "metrics": {
            "conversionRate": 3.2,
            "reach": 48000
          },
          "name": "Comparison search",
          "opportunities": [
            {
              "addresses": [
                "pp-generic-listicle"
              ],
              "effort": 2,
              "id": "op-fit-guide",
              "impact": 2,
              "owner": "Growth marketing",
              "status": "idea",
              "text": "Our own guide for agencies choosing a time tracker, honest about fit",
              "votes": 3
            }
          ],
          "painPoints": [
            {
              "effort": 3,
              "id": "pp-generic-listicle",
              "impact": 2,
              "text": "Comparison articles rank tools by affiliate fee, not fit",
              "votes": 3
            }
          ],
          "text": {
            "actions": "Searches 'time tracking for agencies' and opens two comparison articles.",
            "owner": "Growth marketing",
            "thoughts": "Which of these do agencies like mine actually use?"
          }
        },
        {
          "channel": "review-sites",
          "emotion": {
            "ben": 0,
            "priya": 0.5
          },
          "id": "review-site",
          "metrics": {
            "conversionRate": 11,
            "reach": 9500
          },
          "name": "Review site",
          "opportunities": [
            {
              "effort": 2,
              "id": "op-agency-case",
              "impact": 3,
              "owner": "Product marketing",
              "status": "inProgress",
              "text": "Ask agency customers for reviews that mention team adoption",
              "votes": 4
            }
          ],
          "text": {
            "actions": "Filters reviews by company size and the 'agency' industry tag.",
            "owner": "Product marketing",
            "thoughts": "Do reviewers complain about adoption?"
          }
        },
        {
          "channel": "website",
          "emotion": {
            "ben": 0,
            "priya": -0.5
          },
          "id": "pricing-page",
          "metrics": {
            "dropOffRate": 62,
            "reach": 14000
          },
          "name": "Pricing page",
          "opportunities": [
            {
              "addresses": [
                "pp-seat-pricing"
              ],
              "effort": 1,
              "id": "op-seat-calculator",
              "impact": 3,
              "owner": "Product marketing",
              "status": "planned",
              "text": "Price calculator for your team size, the step at 50 seats shown up front",
              "votes": 5
            }
          ],
          "painPoints": [
            {
              "effort": 1,
              "id": "pp-seat-pricing",
              "impact": 3,
              "text": "Per-seat price jumps at 50 seats are hidden in a footnote",
              "votes": 6
            }
          ],
          "quotes": [
            {
              "id": "q-pricing",
              "text": "I had to open a chat just to learn what 60 seats would cost.",
              "votes": 2
            }
          ],
          "text": {
            "actions": "Compares plans and checks whether the trial needs a credit card.",
            "owner": "Product marketing",
            "thoughts": "Will this cost more once we pass 50 people?"
          }
        }
      ]
    },
    {
      "goal": "A qualified trial account is created in under two minutes.",
      "id": "sign-up",
      "metrics": {
        "conversionRate": 78,
        "dropOffRate": 22,
        "reach": 2100
      },
      "name": "Sign up",
      "touchpoints": [
        {
          "channel": "website",
          "emotion": {
            "ben": 0,
            "priya": 0.5
          },
          "id": "sign-up-form",
          "metrics": {
            "conversionRate": 78,
            "reach": 2100
          },
          "name": "Sign-up form",
          "opportunities": [
            {
              "effort": 2,
              "id": "op-sso-signup",
              "impact": 2,
              "owner": "Growth product",
              "status": "planned",
              "text": "Sign up with Google Workspace in one click",
              "votes": 3
            }
          ],
          "text": {
            "actions": "Creates an account with her work e-mail and picks 'Agency' as the team type.",
            "owner": "Growth product",
            "thoughts": "Please don't make me book a demo first."
          }
        },
        {
          "channel": "email",
          "emotion": {
            "ben": 0.5,
            "priya": 1
          },
          "id": "welcome-email",
          "metrics": {
            "reach": 1640
          },
          "name": "Welcome e-mail",
          "text": {
            "actions": "Reads the welcome e-mail with three setup steps.",
            "owner": "Lifecycle marketing",
            "thoughts": "Good, a short list."
          }
        }
      ]
    },
    {
      "goal": "Trial admins reach the first moment of value: a real project with tracked hours.",
      "id": "activate",
      "metrics": {
        "conversionRate": 32,
        "dropOffRate": 68,
        "reach": 1300
      },
      "name": "Activate",
      "touchpoints": [
        {
          "channel": "in-app",
          "emotion": {
            "ben": -1,
            "priya": -1.5
          },
          "id": "import-projects",
          "metrics": {
            "dropOffRate": 41,
            "reach": 1300
          },
          "momentOfTruth": true,
          "name": "Import projects",
          "opportunities": [
            {
              "addresses": [
                "pp-import-mapping"
              ],
              "effort": 3,
              "id": "op-import-preview",
              "impact": 5,
              "owner": "Onboarding product",
              "status": "inProgress",
              "text": "Preview the import with column matching before it runs",
              "votes": 13
            },
            {
              "addresses": [
                "pp-no-sample"
              ],
              "effort": 1,
              "id": "op-sample-file",
              "impact": 3,
              "owner": "Onboarding product",
              "status": "planned",
              "text": "Downloadable sample file with the columns the import expects",
              "votes": 6
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-import-mapping",
              "impact": 5,
              "text": "Import fails silently on unmatched columns",
              "votes": 11
            },
            {
              "effort": 1,
              "id": "pp-no-sample",
              "impact": 3,
              "text": "No sample file to copy the layout from",
              "votes": 5
            }
          ],
          "quotes": [
            {
              "id": "q-import",
              "text": "It said 'done' and then nothing was there.",
              "votes": 7
            }
          ],
          "text": {
            "actions": "Imports the client and project list from a spreadsheet.",
            "owner": "Onboarding product",
            "thoughts": "Will it understand our column names?"
          }
        },
        {
          "channel": "in-app",
          "emotion": {
            "ben": -0.5,
            "priya": 0
          },
          "id": "invite-team",
          "metrics": {
            "conversionRate": 54,
            "history": {
              "conversionRate": [
                {
                  "day": "2025-01-31",
                  "value": 46
                },
                {
                  "day": "2025-02-28",
                  "value": 51
                },
                {
                  "day": "2025-03-31",
                  "value": 54
                }
              ]
            },
            "reach": 760,
            "targets": {
              "conversionRate": 65
            }
          },
          "name": "Invite the team",
          "opportunities": [
            {
              "addresses": [
                "pp-invite-tone"
              ],
              "effort": 1,
              "id": "op-personal-invite",
              "impact": 3,
              "owner": "Onboarding product",
              "status": "idea",
              "text": "Invitation as a note from the inviter: what the team will use it for",
              "votes": 4
            }
          ],
          "painPoints": [
            {
              "effort": 1,
              "id": "pp-invite-tone",
              "impact": 3,
              "text": "Invitation e-mail reads like a compliance notice",
              "votes": 4
            }
          ],
          "text": {
            "actions": "Invites eight colleagues to track time on one live project.",
            "owner": "Onboarding product",
            "thoughts": "If Ben hates it, it's over."
          }
        },
        {
          "channel": "in-app",
          "emotion": {
            "ben": 1,
            "priya": 0.5
          },
          "id": "first-timer",
          "metrics": {
            "csat": 81,
            "reach": 410
          },
          "name": "First timer",
          "opportunities": [
            {
              "effort": 4,
              "id": "op-calendar-suggest",
              "impact": 4,
              "owner": "Core product",
              "status": "idea",
              "text": "Suggest time entries from the calendar",
              "votes": 9
            }
          ],
          "text": {
            "actions": "Starts a timer from the browser extension while working in his design tool.",
            "owner": "Core product",
            "thoughts": "Ten seconds. OK, that's fine."
          }
        }
      ]
    },
    {
      "goal": "The team uses the product for a week and the champion can show the partners a report.",
      "id": "evaluate",
      "metrics": {
        "conversionRate": 44,
        "dropOffRate": 56,
        "reach": 420
      },
      "name": "Evaluate",
      "touchpoints": [
        {
          "channel": "in-app",
          "emotion": {
            "ben": 1,
            "priya": 1.5
          },
          "id": "budget-report",
          "metrics": {
            "csat": 86,
            "reach": 380
          },
          "momentOfTruth": true,
          "name": "Budget report",
          "opportunities": [
            {
              "effort": 2,
              "id": "op-partner-report",
              "impact": 4,
              "owner": "Reporting product",
              "status": "done",
              "text": "A ready-made 'partner meeting' report template",
              "votes": 8
            }
          ],
          "text": {
            "actions": "Builds a report of hours against budget for the trial project.",
            "owner": "Reporting product",
            "thoughts": "This is exactly the view the partners ask for."
          }
        },
        {
          "channel": "webinar",
          "emotion": {
            "ben": 0,
            "priya": 0.5
          },
          "id": "onboarding-webinar",
          "metrics": {
            "csat": 78,
            "reach": 140
          },
          "name": "Onboarding webinar",
          "opportunities": [
            {
              "addresses": [
                "pp-webinar-times"
              ],
              "effort": 1,
              "id": "op-webinar-europe",
              "impact": 2,
              "owner": "Customer success",
              "status": "planned",
              "text": "A European-time session, and the recording sent to everyone who signed up",
              "votes": 3
            }
          ],
          "painPoints": [
            {
              "effort": 1,
              "id": "pp-webinar-times",
              "impact": 2,
              "text": "Webinars only run at US-friendly times",
              "votes": 3
            }
          ],
          "text": {
            "actions": "Joins a 30-minute live session on invoicing from tracked hours.",
            "owner": "Customer success",
            "thoughts": "Can it invoice in our accounting package?"
          }
        },
        {
          "channel": "email",
          "emotion": {
            "ben": -0.5,
            "priya": -1
          },
          "id": "trial-ending",
          "name": "Trial ending e-mail",
          "opportunities": [
            {
              "addresses": [
                "pp-short-trial"
              ],
              "effort": 1,
              "id": "op-trial-extension",
              "impact": 4,
              "owner": "Lifecycle marketing",
              "status": "planned",
              "text": "One-click 14-day extension for teams with active usage",
              "votes": 12
            }
          ],
          "painPoints": [
            {
              "effort": 1,
              "id": "pp-short-trial",
              "impact": 4,
              "text": "14 days is shorter than the partners' meeting cycle",
              "votes": 10
            }
          ],
          "text": {
            "actions": "Gets a reminder that the trial ends in three days.",
            "owner": "Lifecycle marketing",
            "thoughts": "I haven't shown the partners yet."
          }
        }
      ]
    },
    {
      "goal": "Champions get approval and pay without talking to sales unless they want to.",
      "id": "convert",
      "metrics": {
        "averageSpend": 6840,
        "conversionRate": 16,
        "reach": 420
      },
      "name": "Convert",
      "touchpoints": [
        {
          "channel": "video-call",
          "emotion": {
            "ben": 0,
            "priya": 0.5
          },
          "id": "sales-call",
          "metrics": {
            "conversionRate": 61,
            "reach": 120
          },
          "name": "Sales call",
          "quotes": [
            {
              "id": "q-dpa",
              "text": "Do you have a data processing agreement I can just send to our lawyer?",
              "votes": 3
            }
          ],
          "text": {
            "actions": "Asks sales about annual pricing, data location and a contract the partners will sign.",
            "owner": "Sales",
            "thoughts": "I need a number and a GDPR answer, not a pitch."
          }
        },
        {
          "channel": "billing",
          "emotion": {
            "ben": 0.5,
            "priya": 1
          },
          "id": "checkout",
          "metrics": {
            "averageSpend": 6840,
            "conversionRate": 88,
            "reach": 185
          },
          "momentOfTruth": true,
          "name": "Upgrade and pay",
          "opportunities": [
            {
              "addresses": [
                "pp-invoice-only-annual"
              ],
              "effort": 2,
              "id": "op-invoice-self-serve",
              "impact": 3,
              "owner": "Billing product",
              "status": "idea",
              "text": "Pay an annual plan by invoice from the billing page, no call needed",
              "votes": 5
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-invoice-only-annual",
              "impact": 3,
              "text": "Paying by invoice needs a sales call",
              "votes": 5
            }
          ],
          "text": {
            "actions": "Chooses the annual plan and pays by card or invoice.",
            "owner": "Billing product",
            "thoughts": "Let's get this done before the team loses interest."
          }
        }
      ]
    },
    {
      "goal": "Paying teams roll out to the whole company and renew.",
      "id": "expand",
      "metrics": {
        "churnRate": 9,
        "lifetimeValue": 31000,
        "nps": 41
      },
      "name": "Expand",
      "touchpoints": [
        {
          "channel": "in-app",
          "emotion": {
            "ben": 0.5,
            "priya": 1.5
          },
          "id": "rollout",
          "metrics": {
            "nps": 41,
            "reach": 150
          },
          "name": "Company roll-out",
          "opportunities": [
            {
              "effort": 2,
              "id": "op-rollout-playbook",
              "impact": 3,
              "owner": "Customer success",
              "status": "idea",
              "text": "Roll-out playbook with a message to send the team",
              "votes": 5
            }
          ],
          "text": {
            "actions": "Adds the remaining studios and sets up approval flows.",
            "owner": "Customer success",
            "thoughts": "Now everyone sees the same numbers."
          }
        },
        {
          "channel": "email",
          "emotion": {
            "ben": 0.5,
            "priya": 1
          },
          "id": "renewal",
          "metrics": {
            "churnRate": 9,
            "lifetimeValue": 31000
          },
          "name": "Renewal",
          "text": {
            "actions": "Receives the renewal notice with a usage summary.",
            "owner": "Customer success",
            "thoughts": "Was it worth it? The summary says yes."
          }
        }
      ]
    }
  ],
  "title": "Loop: from free trial to paid plan",
  "version": 3
}
"""#
}
