/// The built-in sample: an online running-shoe shop, compiled into the
/// binary so that `journey` and `journey show` work without a file.
public enum SampleMap {
    public static func make() -> JourneyMap {
        do {
            return try MapStore.decode(Array(json.utf8), file: "sample")
        } catch {
            fatalError("the built-in sample does not load: \(error)")
        }
    }

    public static let json = #"""
{
  "channels": [
    {
      "id": "search",
      "kind": "online",
      "name": "Search"
    },
    {
      "id": "social",
      "kind": "online",
      "name": "Social media"
    },
    {
      "id": "website",
      "kind": "online",
      "name": "Website"
    },
    {
      "id": "reviews",
      "kind": "online",
      "name": "Reviews"
    },
    {
      "id": "chat",
      "kind": "online",
      "name": "Live chat"
    },
    {
      "id": "email",
      "kind": "online",
      "name": "Email"
    },
    {
      "id": "app",
      "kind": "online",
      "name": "App"
    },
    {
      "id": "phone",
      "kind": "offline",
      "name": "Phone"
    },
    {
      "id": "popup",
      "kind": "offline",
      "name": "Pop-up store"
    },
    {
      "id": "delivery",
      "kind": "offline",
      "name": "Delivery"
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
      "Cut size-related returns from 24 to 15 percent",
      "Raise checkout conversion from 59 to 68 percent",
      "Lift 12-month repeat purchase to 60 percent",
      "Give every stage a named owner and one key metric"
    ],
    "lastReviewed": "2025-05-14",
    "purpose": "Show where new and experienced runners lose confidence between first ad and second pair, so we can agree which fixes to fund next quarter.",
    "reviewCadence": "quarterly",
    "scope": "Online journey for road-running shoes in the Netherlands, Belgium and Germany, from first ad to referral. Excludes apparel, club bulk orders and wholesale."
  },
  "personas": [
    {
      "age": 34,
      "buyingHabits": "Buys 3 to 4 pairs a year, almost always online, usually the newest version of a model she already trusts.",
      "challenges": [
        "Brands change the fit between model versions",
        "Size charts are generic and contradict each other",
        "Trains 5 days a week and has no time for returns"
      ],
      "decisionProcess": "Checks drop, stack height and weight, reads runner reviews about fit changes, then buys as soon as her size is in stock.",
      "education": "MSc in Industrial Design",
      "gender": "Female",
      "goals": [
        "Replace worn shoes before her spring marathon block",
        "Get the exact fit of her current pair in the new version",
        "Spend as little time shopping as possible"
      ],
      "id": "maya",
      "income": "EUR 68,000 a year",
      "jobTitle": "Product manager",
      "location": "Utrecht, Netherlands",
      "name": "Maya",
      "preferredChannels": [
        "search",
        "reviews",
        "app",
        "email",
        "delivery"
      ],
      "quote": "Just tell me whether the new version fits like the old one.",
      "story": "Maya has run six marathons and logs every kilometre. Her shoes hit 600 km every few months, so she reorders often. She knows exactly what she wants, and what frustrates her is uncertainty about fit when a model is updated, plus anything that slows down delivery."
    },
    {
      "age": 41,
      "buyingHabits": "Buys sports gear rarely, researches for weeks, prefers to try things on in person and waits for a discount.",
      "challenges": [
        "Running jargon like drop and pronation means nothing to him",
        "Has no idea whether his street-shoe size applies",
        "Worries about paying for a pair that does not suit him"
      ],
      "decisionProcess": "Asks friends and staff for advice, reads beginner guides, and only commits once returns are free and simple.",
      "education": "Bachelor in Accounting",
      "gender": "Male",
      "goals": [
        "Finish his first 5k without knee pain",
        "Buy one pair that is right first time",
        "Get advice without feeling like a beginner"
      ],
      "id": "tom",
      "income": "EUR 52,000 a year",
      "jobTitle": "Accountant",
      "location": "Ghent, Belgium",
      "name": "Tom",
      "preferredChannels": [
        "social",
        "website",
        "chat",
        "popup",
        "phone"
      ],
      "quote": "I don't want the best shoe. I want one that won't hurt.",
      "story": "Tom started a couch-to-5k plan after his doctor suggested more exercise. His old trainers gave him sore knees in week two. He wants proper running shoes but is overwhelmed by choice and afraid of wasting 130 euros on the wrong pair."
    }
  ],
  "stages": [
    {
      "goal": "Runners who need new shoes discover Stride as a place that gets fit right.",
      "id": "awareness",
      "metrics": {
        "conversionRate": 12.6,
        "reach": 430000
      },
      "name": "Awareness",
      "touchpoints": [
        {
          "channel": "search",
          "emotion": {
            "maya": 0,
            "tom": 0.5
          },
          "id": "search-ad",
          "metrics": {
            "conversionRate": 2.8,
            "reach": 120000
          },
          "name": "Search ad",
          "painPoints": [
            {
              "effort": 1,
              "id": "pp-generic-ad",
              "impact": 2,
              "text": "Ad shows a generic sale, not the model searched",
              "votes": 3
            }
          ],
          "text": {
            "actions": "Searches for her shoe model and clicks a Stride ad at the top of the results.",
            "owner": "Growth marketing",
            "thoughts": "Is this shop any cheaper than the brand site?"
          }
        },
        {
          "channel": "social",
          "emotion": {
            "maya": 0.5,
            "tom": 1
          },
          "id": "social-video",
          "metrics": {
            "conversionRate": 1.1,
            "reach": 310000
          },
          "name": "Social video",
          "opportunities": [
            {
              "addresses": [
                "pp-generic-ad"
              ],
              "effort": 3,
              "id": "op-beginner-series",
              "impact": 3,
              "owner": "Social and content",
              "status": "idea",
              "text": "Video series following real first-5k runners",
              "votes": 5
            }
          ],
          "text": {
            "actions": "Watches a short video of a beginners' running club testing shoes.",
            "owner": "Social and content",
            "thoughts": "Those people look like me, not like athletes."
          }
        },
        {
          "channel": "popup",
          "emotion": {
            "maya": 0.5,
            "tom": 1.5
          },
          "id": "parkrun-popup",
          "metrics": {
            "conversionRate": 18,
            "csat": 92,
            "reach": 2400
          },
          "name": "Parkrun pop-up",
          "text": {
            "actions": "Stops at the Stride tent after a Saturday parkrun for a free gait check.",
            "owner": "Retail events",
            "thoughts": "Nice to get advice without a sales pitch."
          }
        }
      ]
    },
    {
      "goal": "Visitors understand which shoes suit them and trust that the size will fit.",
      "id": "consideration",
      "metrics": {
        "conversionRate": 21.9,
        "csat": 68,
        "dropOffRate": 31,
        "reach": 54000
      },
      "name": "Consideration",
      "touchpoints": [
        {
          "channel": "website",
          "emotion": {
            "maya": 1,
            "tom": -0.5
          },
          "id": "product-page",
          "metrics": {
            "dropOffRate": 58,
            "reach": 54000
          },
          "name": "Product page",
          "opportunities": [
            {
              "addresses": [
                "pp-jargon"
              ],
              "effort": 1,
              "id": "op-spec-tooltips",
              "impact": 3,
              "owner": "Lena (product)",
              "status": "done",
              "text": "Plain-language tooltips for every shoe spec",
              "votes": 6
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-jargon",
              "impact": 3,
              "text": "Specs like drop and stack are not explained",
              "votes": 7
            }
          ],
          "quotes": [
            {
              "id": "q-drop",
              "text": "What on earth is an 8 mm drop, and do I need it?",
              "votes": 4
            }
          ],
          "text": {
            "actions": "Opens a product page and scans specs, photos and price.",
            "owner": "E-commerce product",
            "thoughts": "What does an 8 mm drop actually mean for me?"
          }
        },
        {
          "channel": "website",
          "emotion": {
            "maya": -1.5,
            "tom": -1
          },
          "id": "size-guide",
          "metrics": {
            "csat": 48,
            "dropOffRate": 34,
            "reach": 21000
          },
          "momentOfTruth": true,
          "name": "Size guide",
          "opportunities": [
            {
              "addresses": [
                "pp-size-generic",
                "pp-size-units",
                "pp-heel-slip"
              ],
              "due": "2026-03-31",
              "effort": 4,
              "id": "op-fit-finder",
              "impact": 5,
              "owner": "Ravi (fit team)",
              "status": "inProgress",
              "text": "Fit finder: match your current shoe and size",
              "votes": 16
            }
          ],
          "painPoints": [
            {
              "effort": 3,
              "id": "pp-size-generic",
              "impact": 5,
              "text": "Size chart ignores model-to-model fit changes",
              "votes": 14
            },
            {
              "effort": 1,
              "id": "pp-size-units",
              "impact": 3,
              "text": "EU/US/UK table is hard to read on a phone",
              "votes": 5
            }
          ],
          "quotes": [
            {
              "id": "q-fit-change",
              "text": "The 40 in the new version fits like a 39.5 in the old one.",
              "votes": 9
            }
          ],
          "text": {
            "actions": "Opens the size guide to check whether the new version runs small.",
            "owner": "Merchandising and fit",
            "thoughts": "The chart says 40, but last year's 40 was tight."
          }
        },
        {
          "channel": "reviews",
          "emotion": {
            "maya": 1,
            "tom": 0.5
          },
          "id": "read-reviews",
          "name": "Read reviews",
          "text": {
            "actions": "Filters customer reviews by runners with a similar weekly distance.",
            "owner": "E-commerce product",
            "thoughts": "If marathon runners like it, it will last."
          }
        },
        {
          "channel": "chat",
          "emotion": {
            "maya": 0.5,
            "tom": 1.5
          },
          "id": "fit-chat",
          "metrics": {
            "conversionRate": 27,
            "csat": 89,
            "reach": 3100
          },
          "name": "Fit chat",
          "opportunities": [
            {
              "due": "2026-02-01",
              "effort": 2,
              "id": "op-chat-evenings",
              "impact": 3,
              "owner": "Customer care lead",
              "status": "planned",
              "text": "Extend expert chat hours to 22:00",
              "votes": 4
            }
          ],
          "quotes": [
            {
              "id": "q-knees",
              "text": "The chat guy asked how my knees felt. Nobody asks that.",
              "votes": 3
            }
          ],
          "text": {
            "actions": "Asks a shoe expert in live chat which model suits sore knees.",
            "owner": "Customer care",
            "thoughts": "Finally someone who explains it in normal words."
          }
        }
      ]
    },
    {
      "goal": "Shoppers narrow down to one pair and feel safe committing to it.",
      "id": "decision",
      "metrics": {
        "conversionRate": 66,
        "csat": 70,
        "dropOffRate": 34,
        "reach": 11800
      },
      "name": "Decision",
      "touchpoints": [
        {
          "channel": "website",
          "emotion": {
            "maya": 1,
            "tom": -1
          },
          "id": "compare",
          "name": "Compare models",
          "opportunities": [
            {
              "addresses": [
                "pp-compare-overload"
              ],
              "due": "2026-04-15",
              "effort": 2,
              "id": "op-shoe-quiz",
              "impact": 4,
              "owner": "Lena (product)",
              "status": "planned",
              "text": "3-question quiz that narrows it to 2 models",
              "votes": 11
            }
          ],
          "painPoints": [
            {
              "effort": 3,
              "id": "pp-compare-overload",
              "impact": 4,
              "text": "Too many similar models and no clear pick",
              "votes": 8
            }
          ],
          "text": {
            "actions": "Puts three cushioned models side by side in the comparison view.",
            "owner": "E-commerce product",
            "thoughts": "They all look the same. Which one is for me?"
          }
        },
        {
          "channel": "website",
          "emotion": {
            "maya": 0.5,
            "tom": 1
          },
          "id": "returns-policy",
          "name": "Returns policy",
          "quotes": [
            {
              "id": "q-run-return",
              "text": "Free returns even after a run? Then I'll give it a go.",
              "votes": 5
            }
          ],
          "text": {
            "actions": "Reads the returns page to see if worn shoes can be returned.",
            "owner": "Customer care",
            "thoughts": "If I can run in them and still return them, I'll risk it."
          }
        },
        {
          "channel": "email",
          "emotion": {
            "maya": 1.5,
            "tom": 0.5
          },
          "id": "price-alert",
          "name": "Price alert",
          "text": {
            "actions": "Gets an email that the saved model dropped 15 percent.",
            "owner": "CRM",
            "thoughts": "Good timing, my current pair is almost done."
          }
        }
      ]
    },
    {
      "goal": "Customers pay without surprises and get their shoes fast.",
      "id": "purchase",
      "metrics": {
        "averageSpend": 128,
        "conversionRate": 59,
        "csat": 74,
        "dropOffRate": 41,
        "reach": 7800
      },
      "name": "Purchase",
      "touchpoints": [
        {
          "channel": "website",
          "emotion": {
            "maya": 1,
            "tom": -1.5
          },
          "id": "checkout",
          "metrics": {
            "conversionRate": 59,
            "dropOffRate": 41,
            "history": {
              "conversionRate": [
                {
                  "day": "2025-09-30",
                  "value": 55
                },
                {
                  "day": "2025-12-31",
                  "value": 57
                },
                {
                  "day": "2026-03-31",
                  "value": 59
                }
              ]
            },
            "reach": 7800,
            "targets": {
              "conversionRate": 68
            }
          },
          "momentOfTruth": true,
          "name": "Checkout",
          "opportunities": [
            {
              "addresses": [
                "pp-shipping-surprise"
              ],
              "due": "2026-01-20",
              "effort": 1,
              "id": "op-shipping-upfront",
              "impact": 4,
              "owner": "Checkout squad",
              "status": "inProgress",
              "text": "Show shipping cost on the product page",
              "votes": 10
            },
            {
              "addresses": [
                "pp-forced-account"
              ],
              "effort": 2,
              "id": "op-guest-checkout",
              "impact": 3,
              "owner": "Checkout squad",
              "status": "idea",
              "text": "Guest checkout; offer an account after payment",
              "votes": 4
            }
          ],
          "painPoints": [
            {
              "effort": 1,
              "id": "pp-shipping-surprise",
              "impact": 5,
              "text": "Shipping fee appears only at the final step",
              "votes": 12
            },
            {
              "effort": 2,
              "id": "pp-forced-account",
              "impact": 3,
              "text": "Account required before payment",
              "votes": 6
            }
          ],
          "quotes": [
            {
              "id": "q-shipping",
              "text": "Where did this 4.95 come from? It said free delivery.",
              "votes": 7
            }
          ],
          "text": {
            "actions": "Fills in address and payment and sees the order total.",
            "owner": "Checkout squad",
            "thoughts": "Where did this shipping fee come from?"
          }
        },
        {
          "channel": "email",
          "emotion": {
            "maya": 0.5,
            "tom": 0
          },
          "id": "order-email",
          "name": "Order confirm",
          "text": {
            "actions": "Receives the order confirmation with expected delivery date.",
            "owner": "CRM",
            "thoughts": "Tomorrow already? Great."
          }
        },
        {
          "channel": "delivery",
          "emotion": {
            "maya": 2,
            "tom": 0.5
          },
          "id": "delivery",
          "metrics": {
            "csat": 91,
            "reach": 4600
          },
          "momentOfTruth": true,
          "name": "Delivery",
          "opportunities": [
            {
              "addresses": [
                "pp-no-time-window"
              ],
              "effort": 3,
              "id": "op-delivery-window",
              "impact": 2,
              "owner": "Logistics",
              "status": "idea",
              "text": "Two-hour delivery window by text message",
              "votes": 2
            }
          ],
          "painPoints": [
            {
              "effort": 3,
              "id": "pp-no-time-window",
              "impact": 2,
              "text": "Courier gives no delivery time window",
              "votes": 4
            }
          ],
          "quotes": [
            {
              "id": "q-next-day",
              "text": "Ordered at 10 pm, ran in them the next evening.",
              "votes": 6
            }
          ],
          "text": {
            "actions": "Receives the parcel the next day and unboxes the shoes.",
            "owner": "Logistics",
            "thoughts": "Ordered last night, running in them tonight."
          }
        }
      ]
    },
    {
      "goal": "Customers are happy with the fit after real runs and come back for the next pair.",
      "id": "retention",
      "metrics": {
        "averageSpend": 124,
        "churnRate": 46,
        "conversionRate": 54,
        "csat": 81,
        "lifetimeValue": 310,
        "reach": 4600
      },
      "name": "Retention",
      "touchpoints": [
        {
          "channel": "app",
          "emotion": {
            "maya": 1,
            "tom": -0.5
          },
          "id": "fit-check-in",
          "name": "Fit check-in",
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-heel-slip",
              "impact": 3,
              "text": "Unclear if heel slip means the wrong size",
              "votes": 5
            }
          ],
          "text": {
            "actions": "Answers an in-app question about fit after the first three runs.",
            "owner": "App team",
            "thoughts": "My heel slips a bit. Is that normal?"
          }
        },
        {
          "channel": "phone",
          "emotion": {
            "maya": -1,
            "tom": 1.5
          },
          "id": "size-swap",
          "metrics": {
            "csat": 84,
            "reach": 620
          },
          "momentOfTruth": true,
          "name": "Size swap",
          "opportunities": [
            {
              "addresses": [
                "pp-print-label"
              ],
              "effort": 2,
              "id": "op-qr-return",
              "impact": 4,
              "owner": "Customer care",
              "status": "planned",
              "text": "QR-code returns at parcel shops, no printer",
              "votes": 8
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-print-label",
              "impact": 4,
              "text": "Return label needs a printer",
              "votes": 9
            }
          ],
          "quotes": [
            {
              "id": "q-swap",
              "text": "They sent the new pair before I even posted the old one.",
              "votes": 4
            }
          ],
          "text": {
            "actions": "Calls customer care to swap for half a size up.",
            "owner": "Customer care",
            "thoughts": "I hope this doesn't take another week."
          }
        },
        {
          "channel": "app",
          "emotion": {
            "maya": 1.5,
            "tom": 0
          },
          "id": "mileage-nudge",
          "metrics": {
            "averageSpend": 132,
            "conversionRate": 14,
            "reach": 2900
          },
          "name": "Mileage nudge",
          "opportunities": [
            {
              "effort": 2,
              "id": "op-one-tap-reorder",
              "impact": 4,
              "owner": "App team",
              "status": "idea",
              "text": "One-tap reorder of the same model and size",
              "votes": 10
            }
          ],
          "text": {
            "actions": "Gets an app reminder that her shoes have passed 600 km.",
            "owner": "App team",
            "thoughts": "True, they do feel flat lately."
          }
        }
      ]
    },
    {
      "goal": "Happy runners share their experience and bring friends to Stride.",
      "id": "advocacy",
      "metrics": {
        "conversionRate": 9,
        "csat": 83,
        "nps": 42,
        "reach": 2480
      },
      "name": "Advocacy",
      "touchpoints": [
        {
          "channel": "email",
          "emotion": {
            "maya": 0,
            "tom": 0.5
          },
          "id": "review-request",
          "name": "Review request",
          "painPoints": [
            {
              "effort": 1,
              "id": "pp-review-timing",
              "impact": 2,
              "text": "Review asked before the first long run",
              "votes": 3
            }
          ],
          "text": {
            "actions": "Gets an email asking for a review two days after delivery.",
            "owner": "CRM",
            "thoughts": "I haven't even done a long run in them yet."
          }
        },
        {
          "channel": "app",
          "emotion": {
            "maya": 0.5,
            "tom": 1.5
          },
          "id": "refer-friend",
          "metrics": {
            "conversionRate": 9,
            "reach": 1100
          },
          "name": "Refer a friend",
          "opportunities": [
            {
              "addresses": [
                "pp-review-timing"
              ],
              "effort": 2,
              "id": "op-club-codes",
              "impact": 3,
              "owner": "Community team",
              "status": "idea",
              "text": "Referral codes for local running clubs",
              "votes": 5
            }
          ],
          "text": {
            "actions": "Shares a referral code with a colleague who wants to start running.",
            "owner": "Community team",
            "thoughts": "If it worked for me, it will work for him."
          }
        }
      ]
    }
  ],
  "title": "Stride: buying running shoes online",
  "version": 3
}
"""#
}
