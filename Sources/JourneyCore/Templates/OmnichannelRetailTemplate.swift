/// A furniture shopper moving between app, website and store: browse online, sit in store, buy anywhere, delivered.
/// Built in for `journey new --template`; see `BuiltinTemplate`.
enum OmnichannelRetailTemplate {
    static let json = #"""
{
  "channels": [
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
      "id": "app",
      "kind": "online",
      "name": "App"
    },
    {
      "id": "store",
      "kind": "offline",
      "name": "Store"
    },
    {
      "id": "phone",
      "kind": "offline",
      "name": "Customer service"
    },
    {
      "id": "email",
      "kind": "online",
      "name": "Email"
    },
    {
      "id": "delivery",
      "kind": "offline",
      "name": "Home delivery"
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
      "Cut wasted store trips (model not on display) by half",
      "Lift the share of app wishlists that end in a purchase from 9 to 14 percent",
      "Raise delivery CSAT from 81 to 88 percent"
    ],
    "lastReviewed": "2025-03-20",
    "purpose": "See how customers move between app, website and store when buying large furniture, and fix the hand-offs where they start over.",
    "reviewCadence": "quarterly",
    "scope": "Sofas and large furniture in the 14 Dutch stores, the website and the app, from inspiration to the next purchase. Excludes business customers and the outlet store."
  },
  "personas": [
    {
      "age": 36,
      "buyingHabits": "Researches big purchases on her phone over weeks, saves favourites, and buys in store or online depending on stock and delivery slots.",
      "challenges": [
        "Works rotating shifts, so shops in short bursts on her phone",
        "Cannot judge comfort or colour from photos",
        "Needs delivery on a day she is home"
      ],
      "decisionProcess": "Shortlists online, sits on the top two in store with her partner, then waits for a sale or a delivery slot that suits.",
      "education": "MSc in Nursing",
      "gender": "Female",
      "goals": [
        "Replace the old sofa before the new baby arrives",
        "Pick something that survives a toddler and a dog",
        "Not lose a Saturday to a wasted store trip"
      ],
      "id": "sofia",
      "income": "EUR 61,000 a year (household EUR 118,000)",
      "jobTitle": "Ward manager",
      "location": "Leiden, Netherlands",
      "name": "Sofia",
      "preferredChannels": [
        "app",
        "social",
        "store",
        "email"
      ],
      "quote": "I need to sit on it before I spend 1,400 euros, but I don't want to carry it home.",
      "story": "Sofia and her partner are expecting their second child. Their sofa is worn through and the living room is being rearranged. She saves ideas from Instagram at night and has one Saturday free this month to visit the store."
    }
  ],
  "stages": [
    {
      "goal": "Shoppers planning a room change picture Nordhem products in their home.",
      "id": "inspire",
      "metrics": {
        "conversionRate": 2.3,
        "reach": 520000
      },
      "name": "Inspire",
      "touchpoints": [
        {
          "channel": "social",
          "emotion": {
            "sofia": 1
          },
          "id": "instagram-room",
          "metrics": {
            "conversionRate": 1.4,
            "reach": 260000
          },
          "name": "Room post on Instagram",
          "opportunities": [
            {
              "effort": 2,
              "id": "op-shoppable-posts",
              "impact": 3,
              "owner": "Brand and social",
              "status": "planned",
              "text": "Shoppable posts that open the product in the app",
              "votes": 5
            }
          ],
          "text": {
            "actions": "Saves a living-room post featuring a modular sofa.",
            "owner": "Brand and social",
            "thoughts": "That colour would work with our floor."
          }
        },
        {
          "channel": "email",
          "emotion": {
            "sofia": 0.5
          },
          "id": "catalogue-email",
          "metrics": {
            "conversionRate": 2.1,
            "reach": 410000
          },
          "name": "Seasonal e-mail",
          "text": {
            "actions": "Opens the spring living-room e-mail on her phone during a break.",
            "owner": "CRM",
            "thoughts": "Nice, but is any of it in stock near me?"
          }
        }
      ]
    },
    {
      "goal": "Shoppers build a shortlist online and know what they can see and try in which store.",
      "id": "research",
      "metrics": {
        "conversionRate": 14,
        "dropOffRate": 52,
        "reach": 64000
      },
      "name": "Research",
      "touchpoints": [
        {
          "channel": "website",
          "emotion": {
            "sofia": 0.5
          },
          "id": "product-page",
          "metrics": {
            "dropOffRate": 47,
            "reach": 64000
          },
          "name": "Product page",
          "opportunities": [
            {
              "effort": 4,
              "id": "op-ar-view",
              "impact": 4,
              "owner": "E-commerce",
              "status": "idea",
              "text": "See the sofa in your room with the phone camera",
              "votes": 9
            }
          ],
          "text": {
            "actions": "Compares three sofas: dimensions, fabrics, reviews and price.",
            "owner": "E-commerce",
            "thoughts": "Will the 3-seater fit under the window?"
          }
        },
        {
          "channel": "app",
          "emotion": {
            "sofia": -1.5
          },
          "id": "store-stock",
          "metrics": {
            "csat": 54,
            "reach": 18000
          },
          "momentOfTruth": true,
          "name": "Check store stock",
          "opportunities": [
            {
              "addresses": [
                "pp-display-unknown"
              ],
              "effort": 3,
              "id": "op-display-flag",
              "impact": 5,
              "owner": "Omnichannel product",
              "status": "inProgress",
              "text": "Show 'on display' per store, from the planogram",
              "votes": 15
            },
            {
              "addresses": [
                "pp-fabric-swatches"
              ],
              "effort": 1,
              "id": "op-swatch-stock",
              "impact": 3,
              "owner": "Omnichannel product",
              "status": "planned",
              "text": "List the fabric swatches each store holds next to its stock",
              "votes": 5
            }
          ],
          "painPoints": [
            {
              "effort": 3,
              "id": "pp-display-unknown",
              "impact": 5,
              "text": "Stock shows warehouse units, not what is on the floor",
              "votes": 14
            },
            {
              "effort": 2,
              "id": "pp-fabric-swatches",
              "impact": 3,
              "text": "No way to know whether fabric swatches are in store",
              "votes": 5
            }
          ],
          "quotes": [
            {
              "id": "q-wasted-trip",
              "text": "We drove 40 minutes and the model wasn't even out.",
              "votes": 8
            }
          ],
          "text": {
            "actions": "Checks which store has the sofa and the fabric on display.",
            "owner": "Omnichannel product",
            "thoughts": "It says 'in stock' but is it on display to sit on?"
          }
        },
        {
          "channel": "app",
          "emotion": {
            "sofia": 1
          },
          "id": "wishlist",
          "metrics": {
            "reach": 9000
          },
          "name": "Wishlist",
          "text": {
            "actions": "Saves the shortlist to a wishlist shared with her partner.",
            "owner": "Omnichannel product",
            "thoughts": "Now he can look at it tonight."
          }
        }
      ]
    },
    {
      "goal": "Shoppers who visit can try, get advice and leave with a decision or a saved quote.",
      "id": "try",
      "metrics": {
        "conversionRate": 38,
        "csat": 79,
        "reach": 7200
      },
      "name": "Try in store",
      "touchpoints": [
        {
          "channel": "store",
          "emotion": {
            "sofia": 1.5
          },
          "id": "store-visit",
          "metrics": {
            "csat": 84,
            "reach": 7200
          },
          "name": "Store visit",
          "text": {
            "actions": "Finds the sofa, sits on it with her partner, and compares fabrics.",
            "owner": "Store operations",
            "thoughts": "Firmer than I thought. Good for my back."
          }
        },
        {
          "channel": "store",
          "emotion": {
            "sofia": -0.5
          },
          "id": "ask-staff",
          "metrics": {
            "csat": 71,
            "reach": 5100
          },
          "name": "Ask staff",
          "opportunities": [
            {
              "addresses": [
                "pp-wishlist-silo"
              ],
              "effort": 3,
              "id": "op-scan-wishlist",
              "impact": 4,
              "owner": "Store operations",
              "status": "planned",
              "text": "Staff scan the customer's app code to open their wishlist",
              "votes": 10
            }
          ],
          "painPoints": [
            {
              "effort": 3,
              "id": "pp-wishlist-silo",
              "impact": 4,
              "text": "Staff cannot see the customer's app wishlist or basket",
              "votes": 11
            }
          ],
          "quotes": [
            {
              "id": "q-start-over",
              "text": "I had to show him screenshots of what I'd already chosen.",
              "votes": 4
            }
          ],
          "text": {
            "actions": "Asks about delivery dates and whether the cover is washable.",
            "owner": "Store operations",
            "thoughts": "Why doesn't the staff app show my wishlist?"
          }
        }
      ]
    },
    {
      "goal": "Shoppers buy in the channel they prefer, with one price and one delivery promise.",
      "id": "buy",
      "metrics": {
        "averageSpend": 1340,
        "conversionRate": 24,
        "reach": 4400
      },
      "name": "Buy",
      "touchpoints": [
        {
          "channel": "store",
          "emotion": {
            "sofia": 0.5
          },
          "id": "buy-in-store",
          "metrics": {
            "averageSpend": 1390,
            "reach": 1800
          },
          "name": "Buy at the till",
          "opportunities": [
            {
              "addresses": [
                "pp-price-mismatch"
              ],
              "effort": 2,
              "id": "op-one-price",
              "impact": 4,
              "owner": "Store operations",
              "status": "idea",
              "text": "One price list for till, web and app: the till applies online offers",
              "votes": 7
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-price-mismatch",
              "impact": 4,
              "text": "Online-only discount is not honoured at the till",
              "votes": 7
            }
          ],
          "text": {
            "actions": "Pays in store and books delivery at the till.",
            "owner": "Store operations",
            "thoughts": "Same price as online? Good."
          }
        },
        {
          "channel": "app",
          "emotion": {
            "sofia": 1
          },
          "id": "buy-in-app",
          "metrics": {
            "averageSpend": 1310,
            "conversionRate": 41,
            "reach": 2600
          },
          "momentOfTruth": true,
          "name": "Buy in the app",
          "text": {
            "actions": "Goes home to think, then orders in the app two days later.",
            "owner": "E-commerce",
            "thoughts": "I'll wait until the weekend sale."
          }
        }
      ]
    },
    {
      "goal": "The sofa arrives on time, in one piece, in a slot the customer chose.",
      "id": "deliver",
      "metrics": {
        "csat": 81,
        "reach": 4300
      },
      "name": "Deliver and assemble",
      "touchpoints": [
        {
          "channel": "app",
          "emotion": {
            "sofia": -1
          },
          "id": "slot-booking",
          "metrics": {
            "csat": 58,
            "history": {
              "csat": [
                {
                  "day": "2024-06-30",
                  "value": 51
                },
                {
                  "day": "2024-09-30",
                  "value": 55
                },
                {
                  "day": "2024-12-31",
                  "value": 58
                }
              ]
            },
            "reach": 4300,
            "targets": {
              "csat": 75
            }
          },
          "name": "Choose a delivery slot",
          "opportunities": [
            {
              "addresses": [
                "pp-full-day-slot"
              ],
              "effort": 4,
              "id": "op-live-eta",
              "impact": 5,
              "owner": "Logistics",
              "status": "inProgress",
              "text": "Two-hour window and live tracking on delivery day",
              "votes": 13
            }
          ],
          "painPoints": [
            {
              "effort": 4,
              "id": "pp-full-day-slot",
              "impact": 4,
              "text": "Only 8:00 to 18:00 slots for large items",
              "votes": 12
            }
          ],
          "text": {
            "actions": "Picks a delivery day; only full-day slots are offered.",
            "owner": "Logistics",
            "thoughts": "I can't take a whole day off for a sofa."
          }
        },
        {
          "channel": "delivery",
          "emotion": {
            "sofia": 1.5
          },
          "id": "delivery-day",
          "metrics": {
            "csat": 88,
            "reach": 4300
          },
          "name": "Delivery day",
          "text": {
            "actions": "Waits at home; the crew calls 30 minutes ahead and carries it in.",
            "owner": "Logistics",
            "thoughts": "Finally. And they took the packaging."
          }
        },
        {
          "channel": "phone",
          "emotion": {
            "sofia": -2
          },
          "id": "delivery-issue",
          "metrics": {
            "csat": 46,
            "reach": 310
          },
          "momentOfTruth": true,
          "name": "Report damage",
          "opportunities": [
            {
              "addresses": [
                "pp-damage-photos"
              ],
              "effort": 3,
              "id": "op-claim-in-app",
              "impact": 4,
              "owner": "Customer service",
              "status": "idea",
              "text": "Report damage in the app with photos; replacement part ordered at once",
              "votes": 10
            }
          ],
          "painPoints": [
            {
              "effort": 2,
              "id": "pp-damage-photos",
              "impact": 4,
              "text": "Damage claims need a phone call and e-mailed photos",
              "votes": 9
            }
          ],
          "text": {
            "actions": "Calls customer service about a torn seam on one cushion.",
            "owner": "Customer service",
            "thoughts": "Please don't make me wait three weeks."
          }
        }
      ]
    },
    {
      "goal": "Owners come back for the next room and recommend the store.",
      "id": "own",
      "metrics": {
        "churnRate": 38,
        "lifetimeValue": 3900,
        "nps": 44
      },
      "name": "Own and return",
      "touchpoints": [
        {
          "channel": "email",
          "emotion": {
            "sofia": 1
          },
          "id": "care-email",
          "metrics": {
            "conversionRate": 6,
            "reach": 4100
          },
          "name": "Care tips e-mail",
          "text": {
            "actions": "Gets fabric care tips and a code for cushion covers.",
            "owner": "CRM",
            "thoughts": "Useful, actually."
          }
        },
        {
          "channel": "app",
          "emotion": {
            "sofia": 1
          },
          "id": "next-room",
          "metrics": {
            "lifetimeValue": 3900,
            "nps": 44,
            "reach": 1200
          },
          "name": "Next room",
          "text": {
            "actions": "Starts a new wishlist for the nursery.",
            "owner": "E-commerce",
            "thoughts": "They got the sofa right; let's see their cots."
          }
        }
      ]
    }
  ],
  "title": "Nordhem: buying a sofa across store, web and app",
  "version": 3
}
"""#
}
