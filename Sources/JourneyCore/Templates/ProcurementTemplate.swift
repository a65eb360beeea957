/// A buying committee procuring a field-service platform: business case, RFP, security and legal review, contract, onboarding.
/// Built in for `journey new --template`; see `BuiltinTemplate`.
enum ProcurementTemplate {
    static let json = #"""
{
  "channels": [
    {
      "id": "analyst-report",
      "kind": "online",
      "name": "Analyst report"
    },
    {
      "id": "peer-network",
      "kind": "offline",
      "name": "Peer network"
    },
    {
      "id": "website",
      "kind": "online",
      "name": "Website"
    },
    {
      "id": "webinar",
      "kind": "online",
      "name": "Webinar"
    },
    {
      "id": "email",
      "kind": "online",
      "name": "Email"
    },
    {
      "id": "rfp-portal",
      "kind": "online",
      "name": "RFP portal"
    },
    {
      "id": "video-call",
      "kind": "online",
      "name": "Video call"
    },
    {
      "id": "site-visit",
      "kind": "offline",
      "name": "On-site visit"
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
      "Shorten the median sales cycle from 9 to 7 months",
      "Cut time in security and legal review from 8 to 4 weeks",
      "Keep every RFP commitment visible after hand-over"
    ],
    "lastReviewed": "2025-02-11",
    "purpose": "Understand how a manufacturer's buying committee moves from need to signed contract for a field-service platform, and where deals stall for months.",
    "reviewCadence": "halfYearly",
    "scope": "New-logo deals over EUR 250,000 with industrial manufacturers in the Benelux and Germany, from need to first value review. Excludes renewals and partner-led deals."
  },
  "personas": [
    {
      "age": 49,
      "buyingHabits": "Buys a major system every few years; relies on peers and analysts for the shortlist and on procurement for the process.",
      "challenges": [
        "Needs IT, procurement, legal and finance to agree",
        "Was burned by a late ERP project five years ago",
        "Has little time for vendor calls"
      ],
      "decisionProcess": "Sponsors the business case, sits on the evaluation panel, and has the final say on fit; finance and IT can veto.",
      "education": "MSc in Mechanical Engineering",
      "gender": "Male",
      "goals": [
        "Cut technician travel time by 15 percent",
        "Replace paper job sheets before the next audit",
        "Show the board a payback within 18 months"
      ],
      "id": "raj",
      "income": "EUR 140,000 a year",
      "jobTitle": "Director of Field Operations",
      "location": "Eindhoven, Netherlands",
      "name": "Raj",
      "preferredChannels": [
        "peer-network",
        "analyst-report",
        "site-visit"
      ],
      "quote": "I don't care about features on a slide. Show me a technician using it in the rain.",
      "story": "Raj runs 220 service technicians for an industrial equipment manufacturer. Jobs are planned in spreadsheets and reported on paper. The board approved a budget for a field-service platform this year."
    },
    {
      "age": 42,
      "buyingHabits": "Runs 10 to 15 IT tenders a year through the procurement portal, with a weighted scoring model.",
      "challenges": [
        "Vendors answer the RFP in marketing language",
        "Security review queue is six weeks long",
        "Business sponsors try to skip the process"
      ],
      "decisionProcess": "Sets the process, weights and deadlines; owns commercial negotiation and contract sign-off with legal.",
      "education": "BSc in Business Administration, CIPS member",
      "gender": "Female",
      "goals": [
        "Run a fair, auditable tender",
        "Get a contract with clear exit terms and price caps",
        "Close before the budget year ends"
      ],
      "id": "helen",
      "income": "EUR 82,000 a year",
      "jobTitle": "Senior IT Procurement Manager",
      "location": "Utrecht, Netherlands",
      "name": "Helen",
      "preferredChannels": [
        "rfp-portal",
        "email",
        "video-call"
      ],
      "quote": "If it isn't in the RFP response, it isn't in the contract.",
      "story": "Helen has run procurement for IT and services for eight years. She likes vendors who answer the question asked, on time, in the template."
    }
  ],
  "stages": [
    {
      "goal": "The problem is named, budgeted and owned by a sponsor.",
      "id": "need",
      "metrics": {
        "reach": 24000
      },
      "name": "Identify the need",
      "touchpoints": [
        {
          "channel": "peer-network",
          "emotion": {
            "helen": 0.5,
            "raj": 1
          },
          "id": "peer-talk",
          "name": "Peer conversation",
          "opportunities": [
            {
              "effort": 3,
              "id": "op-peer-events",
              "impact": 4,
              "owner": "Field marketing",
              "status": "planned",
              "text": "Customer-hosted site days for prospects in the same industry",
              "votes": 7
            }
          ],
          "text": {
            "actions": "Hears at an industry event how another manufacturer cut travel time.",
            "owner": "Field marketing",
            "thoughts": "If they managed it, so can we."
          }
        },
        {
          "channel": "email",
          "emotion": {
            "helen": 0,
            "raj": -0.5
          },
          "id": "business-case",
          "name": "Business case",
          "opportunities": [
            {
              "addresses": [
                "pp-no-benchmarks"
              ],
              "effort": 2,
              "id": "op-roi-calculator",
              "impact": 4,
              "owner": "Value consulting",
              "status": "inProgress",
              "text": "ROI calculator with industry benchmarks, exportable to a slide",
              "votes": 9
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-no-benchmarks",
              "impact": 4,
              "text": "No public benchmarks to support the payback estimate",
              "votes": 8
            }
          ],
          "text": {
            "actions": "Writes a business case with finance and sends it to the board.",
            "owner": "Value consulting",
            "thoughts": "The payback numbers have to hold up."
          }
        }
      ]
    },
    {
      "goal": "The buying committee agrees a shortlist of three to five vendors.",
      "id": "shortlist",
      "metrics": {
        "conversionRate": 3.1,
        "reach": 14000
      },
      "name": "Research and shortlist",
      "touchpoints": [
        {
          "channel": "analyst-report",
          "emotion": {
            "helen": 0,
            "raj": 0.5
          },
          "id": "analyst-review",
          "metrics": {
            "reach": 2600
          },
          "name": "Analyst report",
          "text": {
            "actions": "Reads the analyst landscape report and marks the leaders that serve manufacturing.",
            "owner": "Analyst relations",
            "thoughts": "Who actually does heavy equipment, not just HVAC?"
          }
        },
        {
          "channel": "website",
          "emotion": {
            "helen": -0.5,
            "raj": -1
          },
          "id": "vendor-website",
          "metrics": {
            "conversionRate": 2.5,
            "reach": 14000
          },
          "name": "Vendor website",
          "opportunities": [
            {
              "addresses": [
                "pp-hidden-integrations"
              ],
              "effort": 1,
              "id": "op-integrations-page",
              "impact": 3,
              "owner": "Product marketing",
              "status": "planned",
              "text": "A public page per ERP integration, with the data it syncs",
              "votes": 6
            }
          ],
          "painPoints": [
            {
              "effort": 1,
              "id": "pp-hidden-integrations",
              "impact": 3,
              "text": "ERP integrations are hidden behind 'contact us'",
              "votes": 6
            }
          ],
          "text": {
            "actions": "Compares vendor sites for industry references and integration with the ERP.",
            "owner": "Product marketing",
            "thoughts": "Every site says the same thing."
          }
        },
        {
          "channel": "webinar",
          "emotion": {
            "helen": 0,
            "raj": 0.5
          },
          "id": "demo-webinar",
          "metrics": {
            "conversionRate": 19,
            "history": {
              "conversionRate": [
                {
                  "day": "2024-06-30",
                  "value": 14
                },
                {
                  "day": "2024-09-30",
                  "value": 17
                },
                {
                  "day": "2024-12-31",
                  "value": 19
                }
              ]
            },
            "reach": 420,
            "targets": {
              "conversionRate": 25
            }
          },
          "name": "Demo webinar",
          "text": {
            "actions": "Joins a product webinar with the IT architect.",
            "owner": "Presales",
            "thoughts": "Looks good, but that's a scripted demo."
          }
        }
      ]
    },
    {
      "goal": "Shortlisted vendors answer the RFP and prove fit in scripted demos.",
      "id": "evaluate",
      "metrics": {
        "conversionRate": 40,
        "reach": 5
      },
      "name": "RFP and evaluation",
      "touchpoints": [
        {
          "channel": "rfp-portal",
          "emotion": {
            "helen": 1,
            "raj": 0.5
          },
          "id": "rfp-issued",
          "metrics": {
            "reach": 5
          },
          "name": "RFP issued",
          "text": {
            "actions": "Issues a 180-question RFP with a weighted scoring model.",
            "owner": "Bid management",
            "thoughts": "Clear questions get comparable answers."
          }
        },
        {
          "channel": "rfp-portal",
          "emotion": {
            "helen": -1.5,
            "raj": -1
          },
          "id": "rfp-answers",
          "name": "RFP answers",
          "opportunities": [
            {
              "addresses": [
                "pp-vague-answers"
              ],
              "effort": 2,
              "id": "op-evidence-library",
              "impact": 4,
              "owner": "Bid management",
              "status": "idea",
              "text": "Answer library that backs each 'yes' with a document or reference",
              "votes": 9
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-vague-answers",
              "impact": 4,
              "text": "Answers say 'yes' to every requirement without evidence",
              "votes": 10
            }
          ],
          "quotes": [
            {
              "id": "q-brochure",
              "text": "I asked about offline mode and got three pages on your vision.",
              "votes": 5
            }
          ],
          "text": {
            "actions": "Scores answers; two vendors ignore the template.",
            "owner": "Bid management",
            "thoughts": "Half of this is brochure copy."
          }
        },
        {
          "channel": "site-visit",
          "emotion": {
            "helen": 0.5,
            "raj": 1.5
          },
          "id": "scripted-demo",
          "metrics": {
            "conversionRate": 67,
            "csat": 82,
            "reach": 3
          },
          "momentOfTruth": true,
          "name": "Scripted demo",
          "opportunities": [
            {
              "effort": 3,
              "id": "op-pilot-technicians",
              "impact": 5,
              "owner": "Presales",
              "status": "idea",
              "text": "Let two technicians try the mobile app for a week during evaluation",
              "votes": 12
            }
          ],
          "text": {
            "actions": "Watches each vendor run the committee's own job scenarios on site.",
            "owner": "Presales",
            "thoughts": "This is the first time I can picture my technicians using it."
          }
        }
      ]
    },
    {
      "goal": "Security, privacy and legal approve the preferred vendor without delaying the timeline.",
      "id": "review",
      "metrics": {
        "dropOffRate": 50,
        "reach": 2
      },
      "name": "Security and legal review",
      "touchpoints": [
        {
          "channel": "email",
          "emotion": {
            "helen": -1,
            "raj": -0.5
          },
          "id": "security-questionnaire",
          "metrics": {
            "reach": 2
          },
          "name": "Security questionnaire",
          "opportunities": [
            {
              "addresses": [
                "pp-questionnaire-delay"
              ],
              "effort": 2,
              "id": "op-trust-centre",
              "impact": 5,
              "owner": "Security and compliance",
              "status": "inProgress",
              "text": "Public trust centre with certifications, pen test summary and standard answers",
              "votes": 14
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-questionnaire-delay",
              "impact": 5,
              "text": "Vendors take three weeks to answer standard security questions",
              "votes": 13
            }
          ],
          "text": {
            "actions": "IT security sends a 250-line questionnaire to the preferred vendor.",
            "owner": "Security and compliance",
            "thoughts": "This always takes longer than planned."
          }
        },
        {
          "channel": "email",
          "emotion": {
            "helen": -1.5,
            "raj": -1
          },
          "id": "dpa-review",
          "name": "Data processing agreement",
          "opportunities": [
            {
              "addresses": [
                "pp-redlines"
              ],
              "effort": 2,
              "id": "op-standard-dpa",
              "impact": 4,
              "owner": "Legal",
              "status": "planned",
              "text": "Standard DPA with pre-approved liability caps and fallbacks",
              "votes": 7
            }
          ],
          "painPoints": [
            {
              "effort": 3,
              "id": "pp-redlines",
              "impact": 4,
              "text": "Three redline rounds on liability caps",
              "votes": 7
            }
          ],
          "quotes": [
            {
              "id": "q-six-weeks",
              "text": "We lost six weeks in legal, and nobody on the business side knew why.",
              "votes": 6
            }
          ],
          "text": {
            "actions": "Legal marks up the vendor's data processing agreement.",
            "owner": "Legal",
            "thoughts": "Where is the data hosted, and who are the sub-processors?"
          }
        }
      ]
    },
    {
      "goal": "A signed contract both sides understand, within budget and before year end.",
      "id": "contract",
      "metrics": {
        "averageSpend": 410000,
        "conversionRate": 50
      },
      "name": "Negotiate and contract",
      "touchpoints": [
        {
          "channel": "video-call",
          "emotion": {
            "helen": 0.5,
            "raj": 0
          },
          "id": "negotiation",
          "metrics": {
            "averageSpend": 410000
          },
          "name": "Commercial negotiation",
          "text": {
            "actions": "Negotiates multi-year price caps and the exit clause.",
            "owner": "Sales",
            "thoughts": "Fair terms now save a fight at renewal."
          }
        },
        {
          "channel": "email",
          "emotion": {
            "helen": 1,
            "raj": 1.5
          },
          "id": "signature",
          "metrics": {
            "averageSpend": 410000,
            "conversionRate": 100
          },
          "momentOfTruth": true,
          "name": "Contract signed",
          "text": {
            "actions": "Signs the contract through the e-signature flow.",
            "owner": "Sales operations",
            "thoughts": "Done, two weeks before the budget deadline."
          }
        }
      ]
    },
    {
      "goal": "The platform is live for all technicians and the business case is proven.",
      "id": "onboard",
      "metrics": {
        "churnRate": 6,
        "lifetimeValue": 1900000,
        "nps": 38
      },
      "name": "Onboard and renew",
      "touchpoints": [
        {
          "channel": "site-visit",
          "emotion": {
            "helen": 0,
            "raj": 0.5
          },
          "id": "kick-off",
          "name": "Implementation kick-off",
          "opportunities": [
            {
              "addresses": [
                "pp-handover"
              ],
              "effort": 1,
              "id": "op-joint-handover",
              "impact": 4,
              "owner": "Professional services",
              "status": "done",
              "text": "Joint hand-over meeting with the RFP answers and demo scenarios",
              "votes": 10
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-handover",
              "impact": 4,
              "text": "Commitments made in the sales cycle are lost at hand-over",
              "votes": 9
            }
          ],
          "text": {
            "actions": "Meets the implementation team and agrees the roll-out plan.",
            "owner": "Professional services",
            "thoughts": "Is this the same team that sold it to us?"
          }
        },
        {
          "channel": "video-call",
          "emotion": {
            "helen": 0.5,
            "raj": 1
          },
          "id": "value-review",
          "metrics": {
            "churnRate": 6,
            "lifetimeValue": 1900000,
            "nps": 38
          },
          "name": "Quarterly value review",
          "text": {
            "actions": "Reviews travel time and first-time fix rate against the business case.",
            "owner": "Customer success",
            "thoughts": "Travel time is down 11 percent. Close."
          }
        }
      ]
    }
  ],
  "title": "Fieldwise: a manufacturer buys a field-service platform",
  "version": 3
}
"""#
}
